"""Modes of every simulator: the field's behaviour by default, the documents only in
strict mode, and named profiles where the two disagree."""

from __future__ import annotations

import pytest
from ticket_simulators._core import ControlError, Fidelity, SimHandle
from ticket_simulators.cli import main
from ticket_simulators.vendors import VENDORS


def _fidelity(**kwargs: object) -> Fidelity:
    return Fidelity({"v/bare-id": "an id sent bare"}, ("field", "guide"), "guide", **kwargs)  # type: ignore[arg-type]


def test_departures_are_allowed_unless_strict_and_must_be_registered() -> None:
    fidelity = _fidelity()
    assert fidelity.allows("v/bare-id")
    assert (fidelity.strict, fidelity.profile) == (False, "field")
    fidelity.set(strict=True)
    assert not fidelity.allows("v/bare-id")
    with pytest.raises(KeyError, match="v/typo"):
        fidelity.allows("v/typo")


def test_strict_mode_selects_the_documented_profile_unless_one_is_named() -> None:
    fidelity = _fidelity(strict=True)
    assert fidelity.profile == "guide"
    fidelity.set(strict=True, profile="field")
    assert (fidelity.strict, fidelity.profile) == (True, "field")
    fidelity.set(strict=False)
    assert (fidelity.strict, fidelity.profile) == (False, "field")
    with pytest.raises(ControlError, match="unknown profile 'nope'"):
        fidelity.set(profile="nope")
    assert (fidelity.strict, fidelity.profile) == (False, "field")


def test_reset_returns_to_the_starting_mode() -> None:
    fidelity = _fidelity(profile="guide")
    fidelity.set(strict=True, profile="field")
    fidelity.reset()
    assert (fidelity.strict, fidelity.profile) == (False, "guide")


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_control_api_reads_and_sets_the_mode(vendor: str) -> None:
    entry = VENDORS[vendor]
    sim = SimHandle(entry.create_app(), entry.base_url)
    client = sim.client()
    mode = client.get("/__sim__/mode").json()
    assert mode["strict"] is False
    assert mode["profile"] == entry.profiles[0]
    assert mode["profiles"] == list(entry.profiles)
    answer = client.post("/__sim__/mode", json={"strict": True})
    assert answer.status_code == 200
    assert answer.json()["strict"] is True
    assert answer.json()["profile"] == answer.json()["documented_profile"]
    bad: object
    for bad in ({"strict": "yes"}, {"profile": 3}, {"profile": "nope"}, {"other": 1}, []):
        refused = client.post("/__sim__/mode", json=bad)
        assert refused.status_code == 400, bad
        assert client.get("/__sim__/mode").json()["strict"] is True
    assert client.post("/__sim__/reset", json={}).status_code == 200
    assert client.get("/__sim__/mode").json()["strict"] is False
    sim.close()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_create_app_takes_the_mode(vendor: str) -> None:
    entry = VENDORS[vendor]
    app = entry.create_app(strict=True, profile=entry.profiles[-1])
    assert app.runtime.fidelity.strict
    assert app.runtime.fidelity.profile == entry.profiles[-1]
    assert app.backend.fidelity is app.runtime.fidelity  # type: ignore[attr-defined]
    with pytest.raises(ControlError):
        entry.create_app(profile="no-such-profile")


def test_cli_refuses_an_unknown_profile(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["rezolve", "--port", "0", "--profile", "no-such-profile"])
    assert exit_info.value.code == 2
    assert "rezolve has the profiles" in capsys.readouterr().err


@pytest.mark.ticket_sim(strict=True)
def test_marker_sets_strict_mode_in_process(rezolve_sim: SimHandle) -> None:
    assert rezolve_sim.app.runtime.fidelity.strict


@pytest.mark.ticket_sim(strict=True)
def test_marker_sets_strict_mode_on_the_served_server(rezolve_sim_server: SimHandle) -> None:
    assert rezolve_sim_server.app.runtime.fidelity.strict


def test_served_server_is_back_in_its_default_mode_for_the_next_test(
    rezolve_sim_server: SimHandle,
) -> None:
    # Runs after the strict test above in file order, and in any other order too.
    assert not rezolve_sim_server.app.runtime.fidelity.strict


@pytest.mark.parametrize("ticket_sim_profile", [VENDORS["forcepoint-dlp"].profiles[-1]])
def test_profile_fixture_sets_the_profile(
    forcepoint_dlp_sim: SimHandle, ticket_sim_profile: str
) -> None:
    assert forcepoint_dlp_sim.app.runtime.fidelity.profile == ticket_sim_profile


@pytest.mark.ticket_sim(strict=True, profile="guide")
def test_a_reset_inside_the_test_keeps_the_markers_mode(
    forcepoint_dlp_sim_server: SimHandle,
) -> None:
    forcepoint_dlp_sim_server.reset()
    fidelity = forcepoint_dlp_sim_server.app.runtime.fidelity
    assert (fidelity.strict, fidelity.profile) == (True, "guide")


def test_begin_is_undone_by_the_function_it_returns() -> None:
    fidelity = _fidelity()
    undo = fidelity.begin(strict=True, profile="field")
    fidelity.reset()
    assert (fidelity.strict, fidelity.profile) == (True, "field")
    undo()
    assert (fidelity.strict, fidelity.profile) == (False, "field")
    fidelity.set(strict=True)
    fidelity.reset()
    assert not fidelity.strict
