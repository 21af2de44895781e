"""SuperOffice's error answers: the WebAPI's four-field error object for every status."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import JSONResponse

from .._core import VendorError, phrase

__all__ = [
    "WWW_AUTHENTICATE",
    "bad_request",
    "error_response",
    "not_found",
    "precondition_failed",
    "relies_on",
    "test_failed",
    "unauthorized",
    "web_api_error",
]

WWW_AUTHENTICATE = 'Basic realm="SuperOffice Username or Ticket"'
_SERVICES = "SuperOffice.Services.Implementation"
_WEBAPI = "SuperOffice.WebApi"


def web_api_error(
    status: int,
    error_type: str,
    message: str,
    *,
    source: str = _WEBAPI,
    headers: Mapping[str, str] | None = None,
) -> VendorError:
    """An answer with the WebAPI's four-field error object."""
    body = {"Error": True, "ErrorType": error_type, "ErrorMessage": message, "ErrorSource": source}
    return VendorError(status, body, headers=headers, message=message)


def bad_request(message: str) -> VendorError:
    """400: a malformed patch, an unsupported operation, a bad value or header."""
    return web_api_error(400, "ArgumentException", message)


def relies_on(departure: str, message: str) -> VendorError:
    """400 in strict mode: the request needs ``departure``, which the documents lack."""
    return bad_request(
        f"{message}. The request relies on {departure}, which the documents do not "
        "describe (strict mode)"
    )


def unauthorized(message: str = "Authorization required") -> VendorError:
    """401: no credentials, or credentials the installation does not accept."""
    return web_api_error(
        401,
        "SoAuthenticationException",
        message,
        headers={"www-authenticate": WWW_AUTHENTICATE},
    )


def _service_error(status: int, error_type: str, message: str) -> VendorError:
    # Raised by the ticket service behind the WebAPI, which names itself as the source.
    return web_api_error(status, error_type, message, source=_SERVICES)


def not_found(ticket_id: object) -> VendorError:
    """404: no ticket has this id."""
    return _service_error(
        404, "SoNotFoundException", f"TicketEntity with id {ticket_id} was not found"
    )


def test_failed(path: str, expected: object) -> VendorError:
    """409: a ``test`` operation found another value; nothing was written."""
    return _service_error(
        409, "JsonPatchTestFailedException", f"Test failed: {path} is not {expected!r}"
    )


def precondition_failed(ticket_id: int, since: str) -> VendorError:
    """412: the ticket changed after the ``If-Unmodified-Since`` moment."""
    return _service_error(
        412, "PreconditionFailedException", f"TicketEntity {ticket_id} has changed since {since}"
    )


_TYPES = {
    400: "ArgumentException",
    401: "SoAuthenticationException",
    403: "SoAccessDeniedException",
    404: "SoNotFoundException",
    405: "HttpMethodNotAllowedException",
    429: "TooManyRequestsException",
    500: "SoServerException",
    503: "ServiceUnavailableException",
}


def error_response(status: int, *, retry_after: int | None = None) -> JSONResponse:
    """The error object for an arbitrary status (injected faults, unknown routes, crashes)."""
    headers = {"www-authenticate": WWW_AUTHENTICATE} if status == 401 else {}
    body = {
        "Error": True,
        "ErrorType": _TYPES.get(status, "SoException"),
        "ErrorMessage": phrase(status),
        "ErrorSource": _WEBAPI,
    }
    return JSONResponse(body, status_code=status, headers=headers)
