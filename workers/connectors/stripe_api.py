"""Stripe, API mode, through the official ``stripe`` library (StripeClient, v1 services).

Lookup: customers by exact email (``customers.list(email=...)``), plus a customer search on
name and phone when given (results re-checked with the same whole-token rules as elsewhere);
then the charges, invoices and subscriptions of every matched customer.

Erasure deletes the customer (Stripe keeps the invoices already issued, which the law requires
anyway); restriction writes a note in the customer's metadata; rectification updates name,
email, phone or address. Invoices and payments cannot be changed: they are kept (L123-22).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import stripe

from flows.connectors import (
    ActionResult,
    PermanentConnectorError,
    TransientConnectorError,
    not_supported,
)
from flows.erasure import ActionKind, ErasureAction
from flows.matching import Matcher
from flows.models import Identity, MatchField, Record
from workers.connectors.base import BaseConnector, done

SYSTEM = "stripe"
RESTRICTION_NOTE = "Traitement limité (RGPD art. 18) : ne pas utiliser sauf obligation légale."
RECTIFIABLE = ("name", "email", "phone", "address", "description")
T = TypeVar("T")


def _call(fn: Callable[[], T]) -> T:
    """Run one Stripe call, turning its errors into the connector exception tree."""
    try:
        return fn()
    except (stripe.APIConnectionError, stripe.RateLimitError) as exc:
        raise TransientConnectorError(SYSTEM, type(exc).__name__) from exc
    except (stripe.AuthenticationError, stripe.PermissionError) as exc:
        raise PermanentConnectorError(SYSTEM, "clé API refusée") from exc
    except stripe.StripeError as exc:
        status = exc.http_status or 0
        if status >= 500 or status == 429 or status == 0:
            raise TransientConnectorError(SYSTEM, f"HTTP {status}") from exc
        raise PermanentConnectorError(SYSTEM, f"HTTP {status} {exc.code or ''}".strip()) from exc


def _plain(obj: Any) -> dict[str, Any]:
    value = obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)
    return value if isinstance(value, dict) else {}


class StripeApiConnector(BaseConnector):
    system = SYSTEM
    mode = "api"
    where = "le tableau de bord Stripe"

    def __init__(self, api_key: str, api_base: str | None = None, timeout: float = 20.0) -> None:
        addresses: dict[str, str] = {"api": api_base} if api_base else {}
        self.client = stripe.StripeClient(
            api_key,
            base_addresses=addresses,  # type: ignore[arg-type]
            max_network_retries=0,
            http_client=stripe.RequestsClient(timeout=timeout),
        )

    # -- lookup -----------------------------------------------------------------------------

    def _pages(self, lister: Callable[[dict[str, Any]], Any], params: dict[str, Any]) -> Iterator[Any]:
        page = _call(lambda: lister(params))
        while True:
            yield from page.data
            if not page.has_more or not page.data:
                return
            cursor = {**params, "starting_after": page.data[-1].id}
            page = _call(lambda: lister(cursor))

    def _customers(self, identity: Identity, matcher: Matcher) -> dict[str, tuple[Any, list[MatchField]]]:
        v1 = self.client.v1
        found: dict[str, tuple[Any, list[MatchField]]] = {}
        by_email: dict[str, Any] = {"email": matcher.email, "limit": 100}
        candidates = list(
            self._pages(lambda p: v1.customers.list(params=p), by_email)  # type: ignore[arg-type]
        )
        clauses = []
        if identity.name and matcher.has_name:
            clauses.append("name:'" + identity.name.replace("'", "\\'") + "'")
        if matcher.phone:
            clauses.append(f"phone:'{matcher.phone}'")
        if clauses:
            query = " OR ".join(clauses)
            search = _call(lambda: v1.customers.search(params={"query": query, "limit": 100}))
            candidates.extend(search.data)
        for customer in candidates:
            plain = _plain(customer)
            matched = matcher.match_fields(
                emails=[plain.get("email")], names=[plain.get("name")], phones=[plain.get("phone")]
            )
            if matched and customer.id not in found:
                found[customer.id] = (customer, matched)
        return found

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        v1 = self.client.v1
        records: list[Record] = []
        for cid, (customer, matched) in self._customers(identity, matcher).items():
            records.append(Record(system=SYSTEM, id=cid, kind="customer", fields=_plain(customer),
                                  matched_on=matched, provided_by_subject=True))
            listers: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
                ("payment", lambda p: v1.charges.list(params=p)),  # type: ignore[arg-type]
                ("invoice", lambda p: v1.invoices.list(params=p)),  # type: ignore[arg-type]
                ("subscription", lambda p: v1.subscriptions.list(params=p)),  # type: ignore[arg-type]
            ]
            for kind, lister in listers:
                params: dict[str, Any] = {"customer": cid, "limit": 100}
                if kind == "subscription":
                    params["status"] = "all"
                for obj in self._pages(lister, params):
                    records.append(Record(system=SYSTEM, id=obj.id, kind=kind, fields=_plain(obj),
                                          matched_on=matched))
        return records

    # -- actions ----------------------------------------------------------------------------

    def _erase_one(self, action: ErasureAction, dry_run: bool) -> list[ActionResult]:
        if action.record_kind == "customer" and action.action is ActionKind.DELETE:
            if not dry_run:
                _call(lambda: self.client.v1.customers.delete(action.record_id))
            return [done(action, SYSTEM, action.record_id, action.action, dry_run,
                         "client Stripe supprimé (les factures émises restent conservées par Stripe)")]
        if action.record_kind == "customer" and action.action is ActionKind.RESTRICT:
            return self._restrict_one(action.record_id, dry_run)
        return super()._erase_one(action, dry_run)

    def _restrict_one(self, customer_id: str, dry_run: bool) -> list[ActionResult]:
        if not dry_run:
            metadata = {"rgpd_limitation": RESTRICTION_NOTE}
            _call(lambda: self.client.v1.customers.update(customer_id, params={"metadata": metadata}))
        return [done(None, SYSTEM, customer_id, ActionKind.RESTRICT, dry_run,
                     "limitation notée dans les métadonnées du client Stripe")]

    def restrict(self, records: Sequence[Record], dry_run: bool = True) -> list[ActionResult]:
        results: list[ActionResult] = []
        for record in records:
            if record.system != SYSTEM:
                continue
            if record.kind == "customer":
                results.extend(self._restrict_one(record.id, dry_run))
            else:
                results.append(not_supported(SYSTEM, record.id, ActionKind.RESTRICT, self.where))
        return results

    def rectify(self, record: Record, changes: Mapping[str, Any], dry_run: bool = True) -> list[ActionResult]:
        unknown = [k for k in changes if k not in RECTIFIABLE]
        if record.kind != "customer" or unknown:
            return [not_supported(SYSTEM, record.id, "rectify", self.where)]
        if not dry_run:
            params = dict(changes)
            _call(lambda: self.client.v1.customers.update(record.id, params=params))  # type: ignore[arg-type]
        return [done(None, SYSTEM, record.id, "rectify", dry_run,
                     "client Stripe corrigé : " + ", ".join(sorted(changes)))]
