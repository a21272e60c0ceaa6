"""Tests of flows.connectors: the exception tree, result models, the Connector protocol."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from flows.connectors import (
    ActionResult,
    Connector,
    ConnectorError,
    LookupResult,
    LookupStatus,
    PermanentConnectorError,
    ResultStatus,
    TransientConnectorError,
    not_supported,
)
from flows.erasure import ErasureAction
from flows.models import Identity, Record


def test_exception_tree() -> None:
    """Transient and permanent errors share one base and keep system and message apart."""
    transient = TransientConnectorError("stripe", "HTTP 503")
    permanent = PermanentConnectorError("stripe", "clé API refusée")
    assert isinstance(transient, ConnectorError) and isinstance(permanent, ConnectorError)
    assert not isinstance(transient, PermanentConnectorError)
    assert (transient.system, transient.message, str(transient)) == ("stripe", "HTTP 503", "stripe: HTTP 503")


def test_lookup_result_defaults_and_error() -> None:
    """A LookupResult is ok by default; an error one carries its message."""
    assert LookupResult(system="drive").ok
    failed = LookupResult(system="drive", status=LookupStatus.ERROR, error="délai dépassé", retryable=True)
    assert not failed.ok and failed.model_dump()["status"] == "error"


def test_not_supported_says_where_in_french() -> None:
    """An impossible automatic action says where to do it by hand."""
    result = not_supported("stripe", "in_1", "delete", "Stripe")
    assert result.status is ResultStatus.NOT_SUPPORTED and result.needs_manual_step
    assert result.message == "à faire à la main dans Stripe"


class _Minimal:
    system = "demo"
    mode = "test"

    def lookup(self, identity: Identity) -> list[Record]:
        return [Record(system=self.system, id="1")]

    def plan_erasure(self, records: Sequence[Record]) -> list[ErasureAction]:
        return []

    def erase(self, actions: Sequence[ErasureAction], dry_run: bool = True) -> list[ActionResult]:
        return []

    def restrict(self, records: Sequence[Record], dry_run: bool = True) -> list[ActionResult]:
        return []

    def rectify(self, record: Record, changes: Mapping[str, Any], dry_run: bool = True) -> list[ActionResult]:
        return []


def test_protocol_is_structural() -> None:
    """Any class with the methods is a Connector; one without them is not."""
    assert isinstance(_Minimal(), Connector)
    assert not isinstance(object(), Connector)
