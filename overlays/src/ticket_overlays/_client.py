"""Building a generated client with an auth flow and safe defaults, for every vendor.

Every vendor's ``connect`` takes the same :class:`ConnectOptions` and hands them to
:func:`build_client`; :func:`with_options` derives a client with other options that
shares the connection pool, the auth flow and any transport.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, Self, TypedDict, TypeVar, Unpack

import httpx
from httpx._client import BaseClient
from httpx._utils import URLPattern, get_environment_proxies

from ._redact import CREDENTIAL_HEADERS
from ._retry import (
    DEFAULT_RETRY,
    IdempotencyClassifier,
    RetryingAsyncTransport,
    RetryingTransport,
    RetryOption,
    RetryPolicy,
    _Retrying,
    by_method,
    resolve_policy,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "ConnectOptions",
    "GeneratedClient",
    "OverlayAsyncHttpClient",
    "OverlayHttpClient",
    "build_client",
    "with_options",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Every overlay client times out: 30 s per operation, 10 s to connect."""


class ConnectOptions(TypedDict, total=False):
    """The options every vendor's ``connect`` accepts besides its credentials.

    - ``timeout``: per operation (an ``httpx.Timeout`` or seconds); default 30 s, 10 s
      to connect (60 s for Forcepoint).
    - ``verify``: TLS verification, on by default; a CA bundle file or an SSL context.
    - ``transport`` / ``async_transport``: replace the network (a simulator's in-process
      transports in tests). Retries and the deadline still apply on top.
    - ``headers``: sent with every request.
    - ``retry``: a :class:`~ticket_overlays.RetryPolicy`; True for the default, None or
      False for one send.
    - ``trust_env``: honour ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY`` (default True).
    - ``follow_redirects``: off by default; when on, a redirect to another origin drops
      every credential header.
    """

    timeout: httpx.Timeout | float
    verify: bool | str | ssl.SSLContext
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    headers: Mapping[str, str] | None
    retry: RetryOption
    trust_env: bool
    follow_redirects: bool


class GeneratedClient(Protocol):
    """What the generated ``Client`` classes offer (each vendor has its own)."""

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A derived client with more headers."""
        ...

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A derived client with another timeout."""
        ...

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for sync calls."""
        ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async calls."""
        ...

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client for sync calls."""
        ...

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client for async calls."""
        ...


C = TypeVar("C", bound=GeneratedClient)
_Transport = TypeVar("_Transport", bound=httpx.BaseTransport | httpx.AsyncBaseTransport)


def _cross_origin(old: httpx.URL, new: httpx.URL) -> bool:
    return (old.scheme, old.host, old.port) != (new.scheme, new.host, new.port)


def _drop_credentials(headers: httpx.Headers, request: httpx.Request, url: httpx.URL) -> None:
    # httpx drops only Authorization; every vendor scheme has other credential headers.
    if _cross_origin(request.url, url):
        for name in CREDENTIAL_HEADERS:
            headers.pop(name, None)


_T = TypeVar("_T")


def _under(transport: _T, policy: RetryPolicy) -> _T:
    """``transport`` retrying under ``policy`` when it is a retrying transport."""
    return transport.with_policy(policy) if isinstance(transport, _Retrying) else transport


class _OverlayClient(BaseClient, Generic[_Transport]):
    """What the sync and async overlay httpx clients add to httpx's."""

    _transport: _Transport
    _mounts: dict[URLPattern, _Transport | None]

    def _redirect_headers(
        self, request: httpx.Request, url: httpx.URL, method: str
    ) -> httpx.Headers:
        headers = super()._redirect_headers(request, url, method)
        _drop_credentials(headers, request, url)
        return headers

    def use_policy(self, policy: RetryPolicy) -> None:
        """Retry under ``policy`` from now on (same pool; call on a derived copy only)."""
        self._transport = _under(self._transport, policy)
        self._mounts = {pattern: _under(t, policy) for pattern, t in self._mounts.items()}


class OverlayHttpClient(_OverlayClient[httpx.BaseTransport], httpx.Client):
    """The sync httpx client of an overlay client: drops credentials on cross-origin
    redirects, and can switch its retry policy (see :func:`with_options`)."""


class OverlayAsyncHttpClient(_OverlayClient[httpx.AsyncBaseTransport], httpx.AsyncClient):
    """The async twin of :class:`OverlayHttpClient`."""


def _as_timeout(timeout: httpx.Timeout | float) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


@dataclass(frozen=True)
class _Network:
    """How a client's transports reach the network: TLS, proxies and retries."""

    verify: bool | ssl.SSLContext
    trust_env: bool
    policy: RetryPolicy
    idempotent: IdempotencyClassifier

    def transports(
        self,
        given: _Transport | None,
        network: Callable[..., _Transport],
        retrying: Callable[[_Transport, RetryPolicy, IdempotencyClassifier], _Transport],
    ) -> tuple[_Transport, dict[str, _Transport | None]]:
        """A client's transport and its proxy mounts, each wrapped in ``retrying``.

        A transport ``given`` by the caller is the whole network (a test's simulator),
        so environment proxies apply only to the ``network`` transports built here.
        """
        if given is not None:
            return retrying(given, self.policy, self.idempotent), {}
        proxies = get_environment_proxies() if self.trust_env else {}
        tls = {"verify": self.verify, "trust_env": self.trust_env}
        mounts: dict[str, _Transport | None] = {
            pattern: None
            if proxy is None
            else retrying(network(**tls, proxy=proxy), self.policy, self.idempotent)
            for pattern, proxy in proxies.items()
        }
        return retrying(network(**tls), self.policy, self.idempotent), mounts


def build_client(
    client_class: type[C],
    base_url: str,
    *,
    auth: httpx.Auth,
    idempotent: IdempotencyClassifier = by_method,
    **options: Unpack[ConnectOptions],
) -> C:
    """A generated ``client_class`` whose every request goes through ``auth``.

    ``idempotent`` is the vendor's classifier of requests that are safe to send again
    (the default goes by HTTP method, so POST and PATCH are never repeated). The other
    options are described by :class:`ConnectOptions`. Retries and the call's deadline
    wrap the network transport (or the one given), under the auth flow, so every
    request of the client (endpoint functions, helpers, token requests) gets them; with
    ``trust_env`` (the default) environment proxies are wrapped alike.
    """
    verify = options.get("verify", True)
    if isinstance(verify, str):
        verify = ssl.create_default_context(cafile=verify)
    trust_env = options.get("trust_env", True)
    follow = options.get("follow_redirects", False)
    timeout = _as_timeout(options.get("timeout", DEFAULT_TIMEOUT))
    all_headers = {"accept": "application/json", **(options.get("headers") or {})}
    policy = resolve_policy(options.get("retry", DEFAULT_RETRY))
    client = client_class(  # type: ignore[call-arg]
        base_url=base_url,
        headers=all_headers,
        timeout=timeout,
        verify_ssl=verify,
        follow_redirects=follow,
        httpx_args={"auth": auth},
    )
    common: dict[str, Any] = {
        "base_url": base_url,
        "headers": all_headers,
        "timeout": timeout,
        "auth": auth,
        "verify": verify,
        "trust_env": trust_env,
        "follow_redirects": follow,
    }
    network = _Network(verify, trust_env, policy, idempotent)
    sync, sync_mounts = network.transports(
        options.get("transport"), httpx.HTTPTransport, RetryingTransport
    )
    asynchronous, async_mounts = network.transports(
        options.get("async_transport"), httpx.AsyncHTTPTransport, RetryingAsyncTransport
    )
    # The httpx clients are built here, not by the generated client: it would hand
    # httpx_args to both its sync and its async client.
    client.set_httpx_client(OverlayHttpClient(transport=sync, mounts=sync_mounts, **common))
    client.set_async_httpx_client(
        OverlayAsyncHttpClient(transport=asynchronous, mounts=async_mounts, **common)
    )
    return client


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def with_options(
    client: C,
    *,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryOption = KEEP,
) -> C:
    """A client like ``client`` with another timeout, more headers or another retry policy.

    The new client shares ``client``'s connection pool, auth flow and transports (so a
    simulator transport given to ``connect`` stays); ``client`` itself is unchanged.
    Closing either closes the pool they share. ``retry`` takes what ``connect`` does.
    """
    derived = client.with_headers(dict(headers or {}))
    if timeout is not None:
        derived = derived.with_timeout(_as_timeout(timeout))
    if retry is not KEEP:
        policy = resolve_policy(retry)
        sync, asynchronous = derived.get_httpx_client(), derived.get_async_httpx_client()
        if not isinstance(sync, OverlayHttpClient) or not isinstance(
            asynchronous, OverlayAsyncHttpClient
        ):
            raise TypeError("retry= can only be changed on a client built by connect()")
        sync.use_policy(policy)
        asynchronous.use_policy(policy)
    return derived
