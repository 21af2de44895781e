"""Template forks cannot go stale silently.

Each fork in ``specs/templates/`` is recorded in ``specs/template-forks.toml`` with the
hash of the stock template it was taken from. When the installed generator's stock
template changes (an upgrade), the fork may shadow a fix or a new feature: the test
names the file so that someone re-reads it.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
FORKS = ROOT / "specs" / "templates"
RECORD = tomllib.loads((ROOT / "specs" / "template-forks.toml").read_text(encoding="utf-8"))
STOCK = Path(openapi_python_client.__file__).parent / "templates"


def stale_forks(record: dict[str, object], stock: Path) -> list[str]:
    """The recorded forks whose stock template no longer has the recorded hash."""
    forks = record["forks"]
    assert isinstance(forks, dict)
    stale = []
    for name, entry in sorted(forks.items()):
        path = stock / name
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"
        if digest != entry["stock_sha256"]:
            stale.append(f"{name}: stock template changed ({digest[:12]}), re-check the fork")
    return stale


def test_every_fork_matches_the_stock_template_it_was_taken_from() -> None:
    assert stale_forks(RECORD, STOCK) == []


def test_a_changed_hash_is_reported_by_file_name() -> None:
    forks = {name: dict(entry) for name, entry in RECORD["forks"].items()}
    forks["types.py.jinja"]["stock_sha256"] = "0" * 64
    (report,) = stale_forks({"forks": forks}, STOCK)
    assert report.startswith("types.py.jinja: stock template changed")


def test_every_template_in_the_folder_is_recorded_and_every_record_has_a_template() -> None:
    on_disk = {p.relative_to(FORKS).as_posix() for p in FORKS.rglob("*.jinja")}
    assert on_disk == set(RECORD["forks"])


@pytest.mark.parametrize("name", sorted(RECORD["forks"]))
def test_each_fork_says_why_and_names_an_existing_canary(name: str) -> None:
    entry = RECORD["forks"][name]
    assert entry["kind"] in {"fix", "performance"}
    assert entry["why"]
    assert entry["upstream"]
    path, _, function = entry["canary"].partition("::")
    assert f"def {function}(" in (ROOT / path).read_text(encoding="utf-8"), entry["canary"]
