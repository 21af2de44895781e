"""Read an OpenAPI document and say, in terms a spec author can act on, what is wrong with it.

The generator reports a YAML error against ``<byte string>`` and a dangling ``$ref`` as
"Could not find reference" without naming it. These checks run first, so a broken spec
fails with its file, line and the missing target instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class SpecError(Exception):
    """A spec that cannot be generated from; the message names the file and the place."""


def _location(path: Path | str, mark: Any) -> str:
    """``file:line:column`` for a YAML mark (1-based, as editors count)."""
    return f"{path}:{mark.line + 1}:{mark.column + 1}"


def _refs(node: yaml.Node, path: Path | str) -> list[tuple[str, str]]:
    """Every local ``$ref`` value in the document, with where it is written."""
    found: list[tuple[str, str]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if (
                    isinstance(key, yaml.ScalarNode)
                    and key.value == "$ref"
                    and isinstance(value, yaml.ScalarNode)
                ):
                    found.append((value.value, _location(path, value.start_mark)))
                else:
                    stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return sorted(found, key=lambda item: item[1])


def _unescape(token: str) -> str:
    """One JSON Pointer token, decoded (RFC 6901: ``~1`` is ``/``, ``~0`` is ``~``)."""
    return token.replace("~1", "/").replace("~0", "~")


def _missing_part(document: Any, pointer: str) -> str | None:
    """The first part of a ``#/...`` pointer that does not exist, or None when it resolves."""
    current = document
    walked = "#"
    for raw in pointer.removeprefix("#/").split("/") if pointer != "#" else []:
        token = _unescape(raw)
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return f"no {token!r} under {walked}"
        walked += f"/{raw}"
    return None


# libyaml's parser, where PyYAML was built with it, is about 30 times faster than the
# pure-Python one: a full regeneration parses every spec in the parent process first.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str, loader: type[yaml.SafeLoader]) -> tuple[yaml.Node | None, Any]:
    return yaml.compose(text, Loader=loader), yaml.load(text, Loader=loader)  # noqa: S506


def load_spec(path: Path, shown: str | None = None) -> dict[str, Any]:
    """The spec at ``path`` as a mapping; raises SpecError naming the file, line and problem.

    Messages name the file as ``shown`` (a path relative to the project, say) when given.
    """
    name = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"{name}: cannot read the spec: {error}") from None
    try:
        node, document = _parse(text, _FAST_LOADER)
    except yaml.YAMLError:
        node = document = None  # said below, in the pure-Python parser's fuller words
    try:
        if node is None:
            node, document = _parse(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = _location(name, mark) if mark is not None else name
        problem = ": ".join(p for p in (error.context, error.problem) if p)
        raise SpecError(f"{where}: invalid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise SpecError(f"{name}: invalid YAML: {error}") from None
    if not isinstance(document, dict) or node is None:
        raise SpecError(f"{name}: an OpenAPI document must be a mapping at the top level")
    problems = []
    for ref, where in _refs(node, name):
        if not ref.startswith("#"):
            problems.append(f"{where}: $ref {ref!r} points outside this file (not supported)")
            continue
        missing = _missing_part(document, ref)
        if missing is not None:
            problems.append(f"{where}: $ref {ref!r} does not resolve: {missing}")
    if problems:
        raise SpecError("\n".join(problems))
    return document
