"""The error tree: library code raises these; the CLI and server map them to exits/statuses."""

from __future__ import annotations

__all__ = ["DiplographError", "InputError", "StoreUnavailable", "ValidationFailed"]


class DiplographError(Exception):
    """Base of every error diplograph reports to a user (never a bug)."""

    exit_code = 1
    http_status = 500


class InputError(DiplographError):
    """Bad input: unreadable article, malformed JSON/HTML, invalid SPARQL, unknown query name."""

    exit_code = 3
    http_status = 400


class StoreUnavailable(DiplographError):  # noqa: N818 (names from the style guide)
    """The store cannot be opened (locked, missing, endpoint down)."""

    exit_code = 4
    http_status = 503


class ValidationFailed(DiplographError):  # noqa: N818
    """A check ran and failed (SHACL violations, ``--fail-if-empty``)."""

    exit_code = 1
    http_status = 422
