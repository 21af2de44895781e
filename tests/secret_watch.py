"""Watches every test for credentials leaking out of the overlays.

Installed by ``tests/conftest.py`` for every run, and checked after each test by an
autouse fixture there, so it holds under any selection and order of tests. It collects:

- the secrets in play: each credential given to an overlay auth flow, and each value of
  a credential header actually sent over any httpx transport (so tokens the overlays
  obtained themselves, such as Forcepoint's access tokens, count too);
- what the overlays show the world: every log record of ``ticket_overlays`` and
  ``httpx`` (retry logs included), every overlay exception (message, repr and the
  chain of causes), and the repr of every auth flow and generated client built.

After each test, everything that test showed is searched for every secret seen so far in
the run (a credential minted in one test and leaked in another is still caught).
``tests/test_no_secrets.py`` exercises the paths most likely to leak.
"""

from __future__ import annotations

import base64
import binascii
import functools
import importlib
import logging
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

_SECRET_HEADER_WORDS = ("authorization", "token", "password", "secret", "api-key", "apikey")
_SECRET_ARGUMENTS = frozenset({"password", "token", "api_token", "app_token", "ticket", "secret"})
# Shorter values ("x", "t") would match ordinary text by chance.
MIN_LENGTH = 8


@dataclass
class Watch:
    """The secrets seen so far in this run, and what the current test showed."""

    secrets: set[str] = field(default_factory=set)
    records: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    shown: list[object] = field(default_factory=list)
    searched: dict[str, int] = field(
        default_factory=lambda: {"tests": 0, "records": 0, "errors": 0, "shown": 0}
    )

    def check(self) -> list[str]:
        """The leaks in what the current test showed; then forget it (secrets stay)."""
        leaks = self.leaks()
        for key, seen in (("records", self.records), ("errors", self.errors)):
            self.searched[key] += len(seen)
        self.searched["shown"] += len(self.shown)
        self.searched["tests"] += 1
        self.records.clear()
        self.errors.clear()
        self.shown.clear()
        return leaks

    def add_secret(self, value: object) -> None:
        if isinstance(value, str) and len(value) >= MIN_LENGTH:
            self.secrets.add(value)

    def harvest_headers(self, request: httpx.Request) -> None:
        for name, value in request.headers.items():
            lowered = name.lower()
            if not any(word in lowered for word in _SECRET_HEADER_WORDS):
                continue
            self.add_secret(value)
            scheme, _, credential = value.partition(" ")
            if not credential:
                continue
            self.add_secret(credential)
            if scheme.lower() == "basic":
                try:
                    decoded = base64.b64decode(credential, validate=True).decode()
                except (binascii.Error, UnicodeDecodeError):
                    continue
                self.add_secret(decoded.partition(":")[2])

    def texts(self) -> Iterator[tuple[str, str]]:
        """(where, text) for everything the overlays showed."""
        for record in self.records:
            yield "log record", record
        for error in self.errors:
            seen: BaseException | None = error
            while seen is not None:
                yield f"{type(seen).__name__} message", str(seen)
                yield f"{type(seen).__name__} repr", repr(seen)
                seen = seen.__cause__ or seen.__context__
            rendered = "".join(traceback.format_exception_only(type(error), error))
            yield f"{type(error).__name__} traceback", rendered
        for obj in self.shown:
            yield f"{type(obj).__name__} repr", repr(obj)
            yield f"{type(obj).__name__} str", str(obj)

    def leaks(self) -> list[str]:
        """Descriptions of every place a secret appeared (empty when none did)."""
        texts: dict[str, str] = {}
        for where, text in self.texts():
            texts.setdefault(text, where)
        # One search per secret over everything at once; the places only when one hits.
        everything = "\0".join(texts)
        hits = [s for s in self.secrets if s in everything]
        return [
            f"{where} contains a secret of {len(secret)} characters"
            for secret in hits
            for text, where in texts.items()
            if secret in text
        ]


WATCH = Watch()


class _Collector(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info))
        WATCH.records.append(text)


def _wrap_init(cls: type, after: Callable[[Any, tuple[Any, ...], dict[str, Any]], None]) -> None:
    original = cls.__dict__.get("__init__")
    if original is None or getattr(original, "_secret_watch", False):
        return

    @functools.wraps(original)
    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        after(self, args, kwargs)

    init._secret_watch = True  # type: ignore[attr-defined]
    setattr(cls, "__init__", init)  # noqa: B010 - replacing a method on purpose


def _subclasses(cls: type) -> Iterator[type]:
    yield cls
    sub: type
    for sub in cls.__subclasses__():
        yield from _subclasses(sub)


def _record_error(self: BaseException, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    WATCH.errors.append(self)


def _record_auth(self: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    WATCH.shown.append(self)
    for name, value in kwargs.items():
        if name in _SECRET_ARGUMENTS:
            WATCH.add_secret(value)
    for value in args:  # positional credentials (SentinelOne's api_token)
        if isinstance(value, str) and "://" not in value:
            WATCH.add_secret(value)


def _record_client(self: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    WATCH.shown.append(self)


def _watch_transport(cls: type, method: str) -> None:
    original = getattr(cls, method)
    if getattr(original, "_secret_watch", False):
        return
    if method == "handle_request":

        @functools.wraps(original)
        def handle(self: Any, request: httpx.Request) -> Any:
            WATCH.harvest_headers(request)
            return original(self, request)

    else:

        @functools.wraps(original)
        async def handle(self: Any, request: httpx.Request) -> Any:
            WATCH.harvest_headers(request)
            return await original(self, request)

    handle._secret_watch = True  # type: ignore[attr-defined]
    setattr(cls, method, handle)


def install() -> None:
    """Start watching (idempotent)."""
    from ticket_overlays import OverlayError
    from ticket_simulators.vendors import VENDORS

    # Every vendor's overlay (registering its auth and error classes) and client package.
    clients = []
    for vendor in VENDORS.values():
        importlib.import_module(vendor.overlay)
        clients.append(importlib.import_module(vendor.client_package))

    collector = _Collector(level=logging.DEBUG)
    for name, level in (("ticket_overlays", logging.DEBUG), ("httpx", logging.INFO)):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level > level:
            logger.setLevel(level)
        if not any(isinstance(h, _Collector) for h in logger.handlers):
            logger.addHandler(collector)
    if "__init__" not in OverlayError.__dict__:
        # Errors without an __init__ of their own (WindowTooDense) come through here.
        def base_init(self: BaseException, *args: Any) -> None:
            Exception.__init__(self, *args)

        OverlayError.__init__ = base_init  # type: ignore[method-assign]
    for cls in _subclasses(OverlayError):
        _wrap_init(cls, _record_error)
    for cls in _subclasses(httpx.Auth):
        if cls.__module__.startswith("ticket_overlays"):
            _wrap_init(cls, _record_auth)
    # The overlays build the generated ``Client`` (auth rides on an httpx.Auth). The
    # generated ``AuthenticatedClient`` is not theirs: its attrs repr shows its token.
    for package in clients:
        _wrap_init(package.Client, _record_client)
    _watch_transport(httpx.HTTPTransport, "handle_request")
    _watch_transport(httpx.AsyncHTTPTransport, "handle_async_request")
    _watch_transport(httpx.ASGITransport, "handle_async_request")
