"""SuperOffice: departures from its documents and its profiles (see ``_core.fidelity``)."""

from __future__ import annotations

__all__ = [
    "AGENT_ENDPOINTS",
    "ARCHIVE_LISTING",
    "DATETIME_WITHOUT_OFFSET",
    "DEPARTURES",
    "DOCUMENTED",
    "DOCUMENTED_PROFILE",
    "FIELD",
    "MESSAGES_LISTING",
    "NEWER_FIELDS",
    "PROFILES",
    "PUT_ENTITY",
    "TENANT_STATUS",
]

PUT_ENTITY = "superoffice/put-ticket-entity"
AGENT_ENDPOINTS = "superoffice/agent-ticket-endpoints"
ARCHIVE_LISTING = "superoffice/ticket-archive-listing"
MESSAGES_LISTING = "superoffice/ticket-messages-listing"
DATETIME_WITHOUT_OFFSET = "superoffice/datetime-without-offset"
NEWER_FIELDS = "superoffice/newer-entity-fields"
TENANT_STATUS = "superoffice/tenant-status"

DEPARTURES: dict[str, str] = {
    PUT_ENTITY: (
        "PUT /api/v1/Ticket/{id} saves the whole TicketEntity sent back (read-only members "
        "echoed unchanged are ignored); the documents describe only PATCH"
    ),
    AGENT_ENDPOINTS: (
        "POST /api/v1/Agents/Ticket/GetTicketEntity?ticketEntityId= and "
        "/Agents/Ticket/SaveTicketEntity, the agent-style twins of GET and PUT"
    ),
    ARCHIVE_LISTING: (
        "GET /api/v1/Ticket lists tickets as an OData archive ($select, $filter, $orderby, "
        "$top, $skip) answered as {value: [rows]}"
    ),
    MESSAGES_LISTING: (
        "GET /api/v1/Ticket/{id}/Messages lists a ticket's messages with their text "
        "(body, htmlBody) as an OData archive"
    ),
    DATETIME_WITHOUT_OFFSET: (
        "date-times without an offset (the server's own answer format) are accepted in "
        "request bodies, read in the user's time zone; 0001-01-01T00:00:00 means unset"
    ),
    TENANT_STATUS: (
        "GET /api/state/{context} (no credentials) answers where an Online tenant is served "
        "(Endpoint, Api) and whether it runs; SDKs call it first to find the base URL"
    ),
    NEWER_FIELDS: (
        "answers carry TicketEntity members newer than the document (FirstReadByOwner, "
        "TimeSpent, Language, Sentiment, IconHint, TicketType, ...)"
    ),
}

# How answers write date-times (see ``dates``): as the field does (no offset unless
# SO-TimeZone asks for one), or as the document's samples do (always an offset).
FIELD = "field"
DOCUMENTED = "documented"
PROFILES: tuple[str, ...] = (FIELD, DOCUMENTED)

DOCUMENTED_PROFILE = DOCUMENTED
