"""The access package (art. 15) and portability data (art. 20), as one ZIP for the person.

Contents::

    rapport.pdf (report.pdf)      readable report: what was found, system by system, and the
                                  art. 15 information (purposes, recipients, retention, rights...)
    donnees/<system>.json         every record found (machine-readable copy of the access data)
    portabilite/<system>.json|csv only the records the person provided (art. 20)
    fichiers/<system>/...         the matching files (Drive); tables reduced to the person's rows

The PDF may be protected with a password (AES-256), returned in the manifest to be sent
separately. Tables (CSV, XLSX) are filtered to the person's rows so that nobody else's data
leaves; other documents are copied whole and listed in ``review`` for the practitioner to check.
"""

from __future__ import annotations

import csv
import io
import json
import secrets
import shutil
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import structlog
from pydantic import BaseModel, Field

from flows.connectors import LookupResult
from flows.matching import Matcher, fold
from flows.models import Identity, Language, Record

log = structlog.get_logger(__name__)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

ARTICLE15_LABELS: dict[Language, dict[str, str]] = {
    Language.FR: {
        "controller": "Responsable du traitement", "purposes": "Finalités du traitement",
        "categories": "Catégories de données", "recipients": "Destinataires",
        "retention": "Durée de conservation", "rights": "Vos droits",
        "complaint": "Réclamation auprès de la CNIL", "source": "Source des données",
        "automated": "Décision automatisée", "transfers": "Transferts hors de l'Union européenne",
    },
    Language.EN: {
        "controller": "Controller", "purposes": "Purposes of the processing",
        "categories": "Categories of data", "recipients": "Recipients", "retention": "Retention period",
        "rights": "Your rights", "complaint": "Complaint to the CNIL (supervisory authority)",
        "source": "Source of the data", "automated": "Automated decision-making",
        "transfers": "Transfers outside the European Union",
    },
}

TEXTS: dict[Language, dict[str, str]] = {
    Language.FR: {
        "file": "rapport.pdf", "title": "Vos données personnelles", "ref": "Référence de la demande",
        "person": "Personne concernée", "date": "Document établi le", "found": "Données trouvées, système par système",
        "none": "Aucune donnée vous concernant n'a été trouvée dans ce système.",
        "error": "Ce système n'a pas pu être consulté ; il le sera à nouveau et vous serez informé(e).",
        "matched": "retrouvé par", "info": "Informations sur le traitement (article 15 du RGPD)",
        "annex": "Les données sont aussi jointes en JSON et CSV (dossiers donnees/ et portabilite/), "
                 "et les documents vous concernant dans le dossier fichiers/.",
        "email": "email", "name": "nom", "phone": "téléphone",
    },
    Language.EN: {
        "file": "report.pdf", "title": "Your personal data", "ref": "Request reference",
        "person": "Data subject", "date": "Document issued on", "found": "Data found, system by system",
        "none": "No data about you was found in this system.",
        "error": "This system could not be consulted; it will be checked again and you will be told.",
        "matched": "found by", "info": "Information about the processing (GDPR article 15)",
        "annex": "The data is also attached as JSON and CSV (folders donnees/ and portabilite/), "
                 "and the documents about you in the folder fichiers/.",
        "email": "email", "name": "name", "phone": "phone",
    },
}

SYSTEM_LABELS = {"stripe": "Stripe (paiements, factures)", "systemeio": "Systeme.io (contacts, formations, emailing)",
                 "drive": "Google Drive (dossiers clients)", "mailbox": "Messagerie"}


class PackageManifest(BaseModel):
    """What was written; ``password`` (if any) must be sent through another channel."""

    case_ref: str
    path: Path
    files: list[str]
    systems: list[str]
    record_count: int
    password: str | None = None
    review: list[str] = Field(default_factory=list, description="French notes for the practitioner.")


def generate_password(length: int = 16) -> str:
    """A random password without ambiguous characters (0/O, 1/l/I)."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


def _lang(language: Language) -> Language:
    return Language.EN if language is Language.EN else Language.FR


def _value_text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    return text if len(text) <= 400 else text[:400] + " […]"


class _Pdf:
    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf = FPDF()
        self.pdf.set_auto_page_break(True, margin=15)
        regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
        if regular.exists():
            self.pdf.add_font("DejaVu", "", str(regular))
            self.pdf.add_font("DejaVu", "B", str(bold if bold.exists() else regular))
            self.family = "DejaVu"
        else:  # core font: Latin-1 only
            self.family = "helvetica"
        self.pdf.add_page()

    def text(self, value: str, size: int = 10, bold: bool = False, gap: float = 1.5) -> None:
        if self.family == "helvetica":
            value = value.encode("latin-1", "replace").decode("latin-1")
        self.pdf.set_font(self.family, "B" if bold else "", size)
        self.pdf.multi_cell(0, size * 0.5, value, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(gap)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def _render_pdf(case_ref: str, identity: Identity, results: Sequence[LookupResult], article15: Mapping[str, Any],
                language: Language, issued: datetime) -> bytes:
    t = TEXTS[language]
    doc = _Pdf()
    doc.text(t["title"], size=16, bold=True, gap=4)
    doc.text(f"{t['ref']} : {case_ref}")
    person = ", ".join(v for v in (identity.name, identity.email, identity.phone) if v)
    doc.text(f"{t['person']} : {person}")
    doc.text(f"{t['date']} : {issued.date().isoformat()}", gap=5)
    doc.text(t["found"], size=13, bold=True, gap=3)
    for result in results:
        doc.text(SYSTEM_LABELS.get(result.system, result.system), size=12, bold=True)
        if not result.ok:
            doc.text(t["error"], gap=3)
            continue
        if not result.records:
            doc.text(t["none"], gap=3)
        for record in result.records:
            matched = ", ".join(t.get(m.value, m.value) for m in record.matched_on)
            doc.text(f"{record.kind} · {record.id} ({t['matched']} {matched})", bold=True, gap=0.5)
            lines = [f"   {k} : {_value_text(v)}" for k, v in record.fields.items() if v not in (None, "", [], {})]
            doc.text("\n".join(lines) or "-", size=9, gap=2.5)
    doc.text(t["info"], size=13, bold=True, gap=3)
    labels = ARTICLE15_LABELS[language]
    for key, value in article15.items():
        doc.text(labels.get(key, key), size=11, bold=True, gap=0.5)
        body = "\n".join(f"• {v}" for v in value) if isinstance(value, (list, tuple)) else str(value)
        doc.text(body, gap=2.5)
    doc.text(t["annex"], size=9, gap=2)
    return doc.output()


def _encrypt(pdf: bytes, password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=generate_password(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _csv_of(records: Sequence[Record]) -> str:
    columns = list(dict.fromkeys(["id", "kind"] + [k for r in records for k in r.fields]))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for record in records:
        row = {k: _value_text(v) if isinstance(v, (dict, list)) else v for k, v in record.fields.items()}
        writer.writerow({"id": record.id, "kind": record.kind, **row})
    return out.getvalue()


def _record_json(records: Sequence[Record]) -> str:
    data = [{"id": r.id, "kind": r.kind, "fields": r.fields} for r in records]
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def _filtered_table(path: Path, matcher: Matcher) -> str | None:
    """Header plus the person's rows of a CSV/XLSX file, as CSV text (None if unreadable)."""
    rows: list[list[str]] = []
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            for sheet in workbook.worksheets:
                rows.extend(["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True))
            workbook.close()
        else:
            with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
                first = handle.readline()
                delimiter = ";" if first.count(";") > first.count(",") else ","
                handle.seek(0)
                rows = list(csv.reader(handle, delimiter=delimiter))
    except Exception:
        return None
    if not rows:
        return ""
    kept = [rows[0]] + [r for r in rows[1:] if matcher.match_text(fold(" ; ".join(r)), folded=True)]
    out = io.StringIO()
    csv.writer(out).writerows(kept)
    return out.getvalue()


def build_package(
    case_ref: str,
    identity: Identity,
    results: Sequence[LookupResult],
    article15: Mapping[str, Any],
    language: Language,
    out_path: Path,
    password: str | None = None,
    *,
    protect: bool = False,
    issued: datetime | None = None,
) -> PackageManifest:
    """Write the ZIP at ``out_path``; with ``protect`` and no ``password``, one is generated."""
    lang = _lang(language)
    if protect and password is None:
        password = generate_password()
    pdf = _render_pdf(case_ref, identity, results, article15, lang, issued or datetime.now(UTC))
    if password:
        pdf = _encrypt(pdf, password)
    matcher = Matcher.for_identity(identity)
    review: list[str] = []
    names: list[str] = []
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as archive:
        def put(name: str, data: str | bytes) -> None:
            archive.writestr(name, data)
            names.append(name)

        put(TEXTS[lang]["file"], pdf)
        for result in results:
            if not result.ok or not result.records:
                continue
            put(f"donnees/{result.system}.json", _record_json(result.records))
            provided = [r for r in result.records if r.provided_by_subject]
            if provided:
                put(f"portabilite/{result.system}.json", _record_json(provided))
                put(f"portabilite/{result.system}.csv", _csv_of(provided))
            for record in result.records:
                if not record.file_path or not Path(record.file_path).is_file():
                    continue
                source = Path(record.file_path)
                arcname = f"fichiers/{result.system}/{record.id}".replace("..", "_")
                if source.suffix.lower() in (".csv", ".xlsx"):
                    table = _filtered_table(source, matcher)
                    if table is None:
                        review.append(f"{record.id} : tableau illisible, non joint (à extraire à la main)")
                        continue
                    put(str(Path(arcname).with_suffix(".csv")), table)
                else:
                    with archive.open(arcname, "w") as target, open(source, "rb") as handle:
                        shutil.copyfileobj(handle, target)
                    names.append(arcname)
                    review.append(f"{record.id} : document joint en entier, vérifier qu'il ne contient pas "
                                  "de données d'autres personnes")
    manifest = PackageManifest(
        case_ref=case_ref, path=out_path, files=names, systems=[r.system for r in results],
        record_count=sum(len(r.records) for r in results), password=password, review=review)
    log.info("package.built", case=case_ref, files=len(names), records=manifest.record_count,
             encrypted=password is not None)
    return manifest
