"""Vendor-neutral simulator machinery: clock, faults, request log, control API, serving."""

from .app import Behaviour, SeededBackend, SimulatorApp, app_factory
from .clock import Clock, format_instant, parse_instant
from .control import guarded
from .faults import ConnectionDropped, Fault, FaultKind, FaultSet
from .fidelity import Fidelity
from .handle import ServedSimHandle, SimHandle
from .handlers import Handler, VendorError, json_text, phrase, rendering, strict_json_loads
from .limits import Limits
from .requestlog import REDACTED, LoggedRequest, RequestLog, RequestPattern, redact_headers
from .routes import api_routes, route
from .runtime import ControlError, SimRuntime, VendorBackend
from .serve import BackgroundServer, serve
from .signing import TokenSigner
from .transport import SyncASGITransport

__all__ = [
    "REDACTED",
    "BackgroundServer",
    "Behaviour",
    "Clock",
    "ConnectionDropped",
    "ControlError",
    "Fault",
    "FaultKind",
    "FaultSet",
    "Fidelity",
    "Handler",
    "Limits",
    "LoggedRequest",
    "RequestLog",
    "RequestPattern",
    "SeededBackend",
    "ServedSimHandle",
    "SimHandle",
    "SimRuntime",
    "SimulatorApp",
    "SyncASGITransport",
    "TokenSigner",
    "VendorBackend",
    "VendorError",
    "api_routes",
    "app_factory",
    "format_instant",
    "guarded",
    "json_text",
    "parse_instant",
    "phrase",
    "redact_headers",
    "rendering",
    "route",
    "serve",
    "strict_json_loads",
]
