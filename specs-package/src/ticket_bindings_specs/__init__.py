"""The OpenAPI documents of the four vendor APIs, shipped as package data.

``spec_path("rezolve")`` gives the document as a file path, ``load_spec("rezolve")`` as
a dict. ``ticket_bindings_specs.contract`` (with the ``contract`` extra) holds what
schemathesis needs to test a server against them: per-vendor profiles, credentials,
hooks and a configuration file for ``st run``.
"""

from .documents import VENDORS, load_spec, spec_path

__all__ = ["VENDORS", "load_spec", "spec_path"]
