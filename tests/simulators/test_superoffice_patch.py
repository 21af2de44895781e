"""PATCH /api/v1/Ticket/{id}: JSON Patch and JSON Merge Patch, rule by rule."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from .superoffice_helpers import SuperOffice, error, op, open_superoffice


@pytest.fixture
def so(superoffice_sim: SimHandle) -> Iterator[SuperOffice]:
    yield from open_superoffice(superoffice_sim)


def test_replace_answers_the_whole_ticket_and_get_shows_it(so: SuperOffice) -> None:
    before = so.ticket()
    after = so.ok([op("replace", "/Title", "Printer jams on duplex jobs")])
    assert after["Title"] == "Printer jams on duplex jobs"
    assert after["TicketId"] == 900
    assert after["_Links"]["Self"].endswith(f"/api/v1/Ticket/{SO_TICKET}")
    assert so.ticket()["Title"] == "Printer jams on duplex jobs"
    unchanged = {k for k in before if k not in ("Title", "LastChanged")}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}


@pytest.mark.parametrize("path", ["/Title", "Title", "title", "/TITLE", "tItLe"])
def test_paths_ignore_case_and_the_leading_slash(so: SuperOffice, path: str) -> None:
    assert so.ok([op("replace", path, "Same property")])["Title"] == "Same property"


def test_add_on_a_property_replaces_it(so: SuperOffice) -> None:
    assert so.ok([op("add", "/Title", "Added")])["Title"] == "Added"


def test_remove_clears_a_nullable_property(so: SuperOffice) -> None:
    so.ok([op("replace", "/Deadline", "2026-06-01T12:00:00+02:00")])
    after = so.ok([op("remove", "/Deadline")])
    assert after["Deadline"] is None


@pytest.mark.ticket_sim(profile="documented")  # answers write the stored form
def test_dates_are_stored_in_utc(so: SuperOffice) -> None:
    after = so.ok([op("replace", "Activate", "2026-06-01T12:00:00+02:00")])
    assert after["Activate"] == "2026-06-01T10:00:00+00:00"


def test_nested_path_changes_a_reference_by_its_key(so: SuperOffice) -> None:
    after = so.ok([op("replace", "/Category/TicketCategoryId", 3)])
    assert after["Category"]["TicketCategoryId"] == 3
    assert after["Category"]["Name"] == "Network"
    assert after["Category"]["Fullname"] == "Support/Network"


def test_whole_reference_object_is_resolved_by_key(so: SuperOffice) -> None:
    after = so.ok([op("replace", "/Priority", {"TicketPriorityId": 4})])
    assert after["Priority"]["Name"] == "Critical"
    assert after["Priority"]["Deadline"] == 120


def test_other_fields_of_a_reference_are_read_only(so: SuperOffice) -> None:
    message = error(so.patch([op("replace", "/Category/Name", "Renamed")]), 400)
    assert "Category/Name is read-only" in message
    assert so.ticket()["Category"]["Name"] != "Renamed"


def test_array_append_with_dash_and_insert_by_index(so: SuperOffice) -> None:
    ticket = so.ticket()
    had = [t["Id"] for t in ticket["Tags"]]
    new = [t for t in (1, 3, 6) if t not in had][:2]
    after = so.ok([op("add", "/Tags/-", {"Id": new[0]}), op("add", "/Tags/0", {"Id": new[1]})])
    ids = [t["Id"] for t in after["Tags"]]
    assert ids == [new[1], *had, new[0]]
    assert after["Tags"][0]["Name"]  # filled in from the tag list


def test_secondary_persons_append_and_remove(so: SuperOffice) -> None:
    persons = [p["id"] for p in so.seed["persons"]]
    ticket = so.ticket()
    taken = {p["PersonId"] for p in ticket["SecondaryPersons"]} | {ticket["Person"]["PersonId"]}
    free = next(p for p in persons if p not in taken)
    after = so.ok([op("add", "/SecondaryPersons/-", {"PersonId": free})])
    assert after["SecondaryPersons"][-1]["PersonId"] == free
    assert after["SecondaryPersons"][-1]["FullName"]
    index = len(after["SecondaryPersons"]) - 1
    after = so.ok([op("remove", f"/SecondaryPersons/{index}")])
    assert free not in [p["PersonId"] for p in after["SecondaryPersons"]]


def test_array_item_paths_work_for_test_and_key_replace(so: SuperOffice) -> None:
    so.ok([op("replace", "/Tags", [{"Id": 1}])])
    after = so.ok([op("test", "/Tags/0/Name", "VIP"), op("replace", "/tags/0/id", 2)])
    assert after["Tags"][0]["Name"] == "Hardware"


def test_duplicate_references_are_refused(so: SuperOffice) -> None:
    error(so.patch([op("replace", "/Tags", [{"Id": 1}, {"Id": 1}])]), 400)


def test_unknown_reference_key_is_refused(so: SuperOffice) -> None:
    message = error(so.patch([op("replace", "/Category/TicketCategoryId", 999)]), 400)
    assert "no category has id 999" in message


def test_custom_fields_change_by_key_any_case(so: SuperOffice) -> None:
    after = so.ok([op("replace", "/CustomFields/X_SLA_TIER", "Gold")])
    assert after["CustomFields"]["x_sla_tier"] == "Gold"
    after = so.ok([op("remove", "/CustomFields/x_sla_tier")])
    assert after["CustomFields"]["x_sla_tier"] == ""
    error(so.patch([op("add", "/CustomFields/no_such_field", "x")]), 400)


def test_extra_fields_take_new_keys(so: SuperOffice) -> None:
    after = so.ok([op("add", "/ExtraFields/plugin_ref", "ABC-1")])
    assert after["ExtraFields"]["plugin_ref"] == "ABC-1"
    after = so.ok([op("remove", "/ExtraFields/plugin_ref")])
    assert "plugin_ref" not in after["ExtraFields"]


def test_passing_test_lets_the_update_through(so: SuperOffice) -> None:
    title = so.ticket()["Title"]
    after = so.ok([op("test", "/Title", title), op("replace", "/Title", "Guarded")])
    assert after["Title"] == "Guarded"


def test_failing_test_is_409_and_nothing_changes(so: SuperOffice) -> None:
    before = so.ticket()
    response = so.patch([op("replace", "/Title", "Lost"), op("test", "/Title", "Something else")])
    assert "Test failed" in error(response, 409, "JsonPatchTestFailedException")
    assert so.ticket() == before


def test_test_compares_json_types_strictly(so: SuperOffice) -> None:
    error(so.patch([op("test", "/HasAttachment", 0)]), 409)
    error(so.patch([op("test", "/TicketId", "900")]), 409)
    so.ok([op("test", "/TicketId", 900.0)])


@pytest.mark.parametrize("name", ["move", "copy"])
def test_move_and_copy_are_refused(so: SuperOffice, name: str) -> None:
    before = so.ticket()
    body = [{"op": name, "from": "/Title", "path": "/Author"}]
    message = error(so.patch(body), 400, "ArgumentException")
    assert message == f"JSON Patch operation '{name}' is not supported"
    assert so.ticket() == before


def test_operations_apply_together_or_not_at_all(so: SuperOffice) -> None:
    before = so.ticket()
    response = so.patch(
        [
            op("replace", "/Title", "First half"),
            op("replace", "/Priority/TicketPriorityId", 4),
            op("replace", "/ConnectId", "not a number"),
        ]
    )
    error(response, 400)
    assert so.ticket() == before


def test_read_only_properties_cannot_change(so: SuperOffice) -> None:
    for path, value in [
        ("/TicketId", 1),
        ("/CreatedAt", "2020-01-01T00:00:00+00:00"),
        ("/LastChanged", "2020-01-01T00:00:00+00:00"),
        ("/NumMessages", 99),
        ("/CreatedBy/AssociateId", 11),
        ("/Messages", []),
    ]:
        message = error(so.patch([op("replace", path, value)]), 400)
        assert "read-only" in message, path
    error(so.patch([op("remove", "/RepliedAt")]), 400)


def test_setting_a_read_only_property_to_its_value_is_harmless(so: SuperOffice) -> None:
    so.ok([op("replace", "/TicketId", 900)])


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("/Title", 5),
        ("/Title", ""),
        ("/Title", "x" * 256),
        ("/Title", None),
        ("/ConnectId", True),
        ("/ConnectId", 2**31),
        ("/Deadline", "tomorrow"),
        ("/Deadline", "2026-06-31T12:00:00+00:00"),
        ("/Slevel", "Secret"),
        ("/Category", None),
        ("/Category", 3),
        ("/Tags", {"Id": 1}),
        ("/CustomFields/x_sla_tier", 3),
        ("/OwnedBy", {"AssociateId": 14}),
        ("/Person/PersonId", "201"),
    ],
)
def test_values_must_fit_their_property(so: SuperOffice, path: str, value: Any) -> None:
    before = so.ticket()
    error(so.patch([op("replace", path, value)]), 400, "ArgumentException")
    assert so.ticket() == before


@pytest.mark.parametrize(
    "path", ["/Department", "et", "/Category/Id", "/Tags/99", "/Tags/x", "/Tags/01", "/", ""]
)
def test_unknown_paths_are_400(so: SuperOffice, path: str) -> None:
    error(so.patch([op("replace", path, "foo")]), 400)


@pytest.mark.parametrize(
    "body",
    [
        {"op": "replace", "path": "/Title", "value": "not in an array"},
        ["not an object"],
        [{"path": "/Title", "value": "x"}],
        [{"op": "delete", "path": "/Title"}],
        [{"op": "replace", "value": "x"}],
        [{"op": "replace", "path": 5, "value": "x"}],
        [{"op": "replace", "path": "/Title"}],
        [{"op": "test", "path": "/Title"}],
        [{"op": "replace", "path": "/Title~2", "value": "x"}],
    ],
)
def test_malformed_json_patch_is_400(so: SuperOffice, body: Any) -> None:
    error(so.patch(body, content_type="application/json-patch+json"), 400, "ArgumentException")


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"[{", "application/json-patch+json"),
        (b"", "application/json"),
        (b'[{"op": "replace", "path": "/Title", "value": NaN}]', "application/json"),
        (b'"Title"', "application/json"),
        (b"[]", "application/merge-patch+json"),
        (b'{"Title": "x"}', "text/plain"),
        (b'{"Title": "x"}', ""),
    ],
)
def test_unreadable_bodies_are_400(so: SuperOffice, content: bytes, content_type: str) -> None:
    error(so.patch(content, content_type=content_type), 400)


def test_empty_patch_is_accepted(so: SuperOffice) -> None:
    assert so.ok([])["Title"] == so.ticket()["Title"]


def test_application_json_takes_either_form(so: SuperOffice) -> None:
    so.ok([op("replace", "/Title", "As array")], content_type="application/json; charset=utf-8")
    after = so.ok({"Title": "As object"}, content_type="application/json")
    assert after["Title"] == "As object"


def test_merge_patch_sets_merges_and_clears(so: SuperOffice) -> None:
    so.ok([op("replace", "/Deadline", "2026-06-01T12:00:00+00:00")])
    after = so.ok(
        {
            "title": "Merged title",
            "Priority": {"TicketPriorityId": 1},
            "CustomFields": {"x_sla_tier": "Silver"},
            "Deadline": None,
        }
    )
    assert after["Title"] == "Merged title"
    assert after["Priority"]["Name"] == "Low"
    assert after["CustomFields"]["x_sla_tier"] == "Silver"
    assert after["CustomFields"]["SuperOffice:1"] == so.ticket()["CustomFields"]["SuperOffice:1"]
    assert after["Deadline"] is None


def test_merge_patch_of_the_ticket_as_read_changes_nothing(so: SuperOffice) -> None:
    ticket = so.ticket()
    after = so.ok(ticket)
    assert {k: v for k, v in after.items() if k != "LastChanged"} == {
        k: v for k, v in ticket.items() if k != "LastChanged"
    }


def test_merge_patch_obeys_the_same_rules(so: SuperOffice) -> None:
    before = so.ticket()
    assert "Department" in error(so.patch({"Department": "foo"}), 400)
    error(so.patch({"NumReplies": 0, "Title": "x"}), 400)
    error(so.patch({"Category": {"Name": "Renamed"}}), 400)
    assert so.ticket() == before


def test_status_drives_base_status_and_closing_stamps_closed_at(so: SuperOffice) -> None:
    so.sim.clock.set(so.sim.clock.now().replace(year=2026, month=4, day=1, microsecond=0))
    after = so.ok({"Status": {"TicketStatusId": 5}})
    assert after["BaseStatus"] == "Closed"
    assert after["ClosedAt"] is not None
    reopened = so.ok({"BaseStatus": "Active"})
    assert reopened["Status"]["Name"] == "Open"
    assert reopened["ClosedAt"] is None


def test_conflicting_status_and_base_status_are_refused(so: SuperOffice) -> None:
    body = [op("replace", "/Status/TicketStatusId", 4), op("replace", "/BaseStatus", "Postponed")]
    assert "does not match" in error(so.patch(body), 400)


def test_owner_zero_unassigns_and_maxint_assigns_by_category(so: SuperOffice) -> None:
    assert so.ok({"OwnedBy": {"AssociateId": 0}})["OwnedBy"] is None
    after = so.ok(
        [
            op("replace", "/Category/TicketCategoryId", 3),
            op("add", "/OwnedBy", {"AssociateId": 2147483647}),
        ]
    )
    assert after["OwnedBy"]["AssociateId"] == 13  # the Network category's master


def test_last_changed_moves_on_every_write(so: SuperOffice) -> None:
    so.sim.clock.set(so.sim.clock.now())
    stamps = [so.ticket()["LastChanged"]]
    for n in range(3):
        stamps.append(so.ok({"Title": f"Write {n}"})["LastChanged"])
    assert stamps == sorted(set(stamps))
    assert len(set(stamps)) == 4


def test_failed_requests_leave_last_changed(so: SuperOffice) -> None:
    before = so.ticket()["LastChanged"]
    so.patch([op("test", "/Title", "nope")])
    so.patch([op("move", "/Title")])
    assert so.ticket()["LastChanged"] == before


def test_select_nulls_other_fields_in_the_answer(so: SuperOffice) -> None:
    after = so.ok({"Title": "Selected"}, params={"$select": "title,category/name"})
    assert after["Title"] == "Selected"
    assert after["Category"]["Name"] == "Printers"
    assert after["Category"]["TicketCategoryId"] is None
    assert after["Priority"] is None
    assert after["TicketId"] is None
    assert set(after) == set(so.ticket())


def test_unknown_ticket_is_404(so: SuperOffice) -> None:
    message = error(so.patch({"Title": "x"}, 9999), 404, "SoNotFoundException")
    assert message == "TicketEntity with id 9999 was not found"


def test_non_integer_id_is_400(so: SuperOffice) -> None:
    error(so.patch({"Title": "x"}, "abc"), 400)
    error(so.patch({"Title": "x"}, str(2**31)), 400)
