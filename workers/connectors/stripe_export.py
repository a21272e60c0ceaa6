"""Stripe, export mode: the CSV files exported from the dashboard (customers, payments, invoices).

Files are recognised by name ("customers*.csv", "payments*.csv" / "unified_payments*.csv" /
"charges*.csv", "invoices*.csv") and read in a stream (see :mod:`csvscan`). Column names vary
between exports ("Email" / "Customer Email" / "customer_email", "id" / "Customer ID",
"Created (UTC)" / "Created date (UTC)"...): every known variant is accepted.

Customers are matched first (email, name, phone); payments and invoices match on the
customer email or name, or on the id of a matched customer. Exports are read-only: erasure,
restriction and rectification are manual steps in the Stripe dashboard.
"""

from __future__ import annotations

from pathlib import Path

from flows.matching import ByteNeedles, Matcher, full_name
from flows.models import Identity, MatchField, Record
from workers.connectors.base import BaseConnector
from workers.connectors.csvscan import Columns, scan

SYSTEM = "stripe"

ID = ("id", "Customer ID", "customer_id")
EMAIL = ("Email", "Customer Email", "customer_email", "email", "Receipt Email", "Billing Email")
NAME = ("Name", "Customer Name", "customer_name", "Billing Name", "Card Name", "Card Holder Name")
PHONE = ("Phone", "Customer Phone", "phone", "Billing Phone")
CUSTOMER_REF = ("Customer ID", "Customer", "customer", "customer_id")

#: (kind, file name prefixes) in the order they are read: customers first.
FILE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("customer", ("customers", "customer")),
    ("payment", ("unified_payments", "payments", "charges", "payment")),
    ("invoice", ("invoices", "invoice")),
)


def classify(path: Path) -> str | None:
    """Kind of records in a Stripe export file, from its name."""
    name = path.name.lower()
    if not name.endswith(".csv"):
        return None
    for kind, prefixes in FILE_KINDS:
        if any(name.startswith(p) for p in prefixes):
            return kind
    return None


class StripeExportConnector(BaseConnector):
    system = SYSTEM
    mode = "export"
    where = "le tableau de bord Stripe"

    def __init__(self, export_dir: Path) -> None:
        self.export_dir = export_dir

    def files(self) -> list[tuple[str, Path]]:
        found = [(classify(p), p) for p in sorted(self.export_dir.rglob("*.csv"))]
        order = [kind for kind, _ in FILE_KINDS]
        typed = [(k, p) for k, p in found if k is not None]
        return sorted(typed, key=lambda kp: order.index(kp[0]))

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        records: list[Record] = []
        customers: dict[str, list[MatchField]] = {}
        for kind, path in self.files():
            columns, rows = scan(path, lambda columns, kind=kind: self._needles(kind, columns, matcher, customers))
            for row in rows:
                record = self._match_row(kind, columns, row, matcher, customers)
                if record is not None:
                    records.append(record)
                    if kind == "customer":
                        customers[record.id] = record.matched_on
        return records

    @staticmethod
    def _needles(
        kind: str, columns: Columns, matcher: Matcher, customers: dict[str, list[MatchField]]
    ) -> ByteNeedles:
        """Byte patterns for the columns this file has (see :meth:`_match_row`)."""
        names = columns.has(*NAME) or columns.has("First Name") or columns.has("Last Name") or (
            kind == "customer" and columns.has("Description"))
        refs = list(customers) if kind != "customer" and columns.has(*CUSTOMER_REF) else []
        return matcher.field_needles(emails=columns.has(*EMAIL), names=names, phones=columns.has(*PHONE),
                                     literals=refs)

    def _match_row(
        self,
        kind: str,
        columns: Columns,
        row: list[str],
        matcher: Matcher,
        customers: dict[str, list[MatchField]],
    ) -> Record | None:
        name = columns.get(row, *NAME)
        if name is None and kind == "customer":
            name = columns.get(row, "Description")
        matched = matcher.match_fields(
            emails=[columns.get(row, *EMAIL)],
            names=[name, full_name(columns.get(row, "First Name"), columns.get(row, "Last Name"))],
            phones=[columns.get(row, *PHONE)],
        )
        if kind != "customer":
            ref = columns.get(row, *CUSTOMER_REF)
            if ref and ref in customers:
                matched = list(dict.fromkeys(matched + customers[ref]))
        if not matched:
            return None
        record_id = columns.get(row, *(("id", "Customer ID") if kind == "customer" else ("id",)))
        fields: dict[str, object] = dict(columns.as_fields(row))
        return Record(
            system=SYSTEM,
            id=record_id or f"{kind}-row",
            kind=kind,
            fields=fields,
            matched_on=matched,
            provided_by_subject=kind == "customer",
        )
