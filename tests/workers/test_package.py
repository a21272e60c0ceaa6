"""Tests of the access package: ZIP contents, PDF text, encryption, nobody else's data."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from flows.connectors import LookupResult, LookupStatus
from flows.models import Identity, Language
from tests.workers.connectors.samples import write_demo_exports
from workers.connectors import ConnectorsSettings, build_connectors, run_lookup
from workers.package import build_package, generate_password

CAMILLE_MD = Identity(email="camille.md@exemple.org", name="Camille Martin-Dubois")
ARTICLE15 = {
    "purposes": ["Exécution des prestations d'accompagnement", "Gestion comptable"],
    "recipients": ["Stripe (paiements)", "Systeme.io (emailing)"],
    "retention": "Factures : 10 ans (Code de commerce L123-22)",
    "complaint": "CNIL, 3 place de Fontenoy, 75007 Paris — www.cnil.fr",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[LookupResult]:
    root = write_demo_exports(tmp_path_factory.mktemp("exports"))
    settings = ConnectorsSettings.model_validate({
        "stripe": {"export_dir": root / "stripe"}, "systemeio": {"export_file": root / "systemeio"},
        "drive": {"folder": root / "drive"}})
    found = run_lookup(build_connectors(settings), CAMILLE_MD)
    return found + [LookupResult(system="mailbox", status=LookupStatus.ERROR, error="délai dépassé")]


def _pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def build(results: list[LookupResult], tmp_path: Path, **kwargs: object) -> tuple[zipfile.ZipFile, object]:
    manifest = build_package("DSR-2026-0007", CAMILLE_MD, results, ARTICLE15, Language.FR, tmp_path / "p.zip",
                             issued=datetime(2026, 3, 1, tzinfo=UTC), **kwargs)  # type: ignore[arg-type]
    return zipfile.ZipFile(manifest.path), manifest


def test_zip_contents(results: list[LookupResult], tmp_path: Path) -> None:
    """Report, per-system JSON, portability JSON/CSV and the matching files are in the ZIP."""
    archive, manifest = build(results, tmp_path)
    names = set(archive.namelist())
    assert {"rapport.pdf", "donnees/stripe.json", "donnees/systemeio.json", "donnees/drive.json",
            "portabilite/stripe.json", "portabilite/stripe.csv", "portabilite/systemeio.csv",
            "fichiers/drive/Clients/Camille Martin-Dubois/bilan-atelier.odt",
            "fichiers/drive/Ateliers/inscriptions-atelier-mars.csv"} <= names
    portable = json.loads(archive.read("portabilite/stripe.json"))
    assert [r["kind"] for r in portable] == ["customer"]  # payments/invoices are not "provided"
    assert manifest.password is None  # type: ignore[attr-defined]


def test_pdf_has_the_persons_data_accents_and_article15(results: list[LookupResult], tmp_path: Path) -> None:
    """The report lists what was found, with accents, and the article 15 information."""
    archive, _ = build(results, tmp_path)
    text = _pdf_text(archive.read("rapport.pdf"))
    for expected in ("Vos données personnelles", "DSR-2026-0007", "camille.md@exemple.org", "cus_Q2cmd",
                     "in_2A", "Atelier « Floraison »", "Finalités du traitement", "Code de commerce L123-22",
                     "Ce système n'a pas pu être consulté"):
        assert expected in text, expected


def test_nobody_elses_data(results: list[LookupResult], tmp_path: Path) -> None:
    """Neither the namesake Camille Martin nor other contacts appear anywhere in the package."""
    archive, _ = build(results, tmp_path)
    blob = "\n".join(_pdf_text(archive.read(n)) if n.endswith(".pdf") else archive.read(n).decode("utf-8", "replace")
                     for n in archive.namelist() if not n.endswith(".odt"))
    for other in ("camille.martin@exemple.fr", "cus_Q1camille", "marc.petit", "Marc Petit", "helene"):
        assert other not in blob, other
    table = archive.read("fichiers/drive/Ateliers/inscriptions-atelier-mars.csv").decode()
    assert table.splitlines()[1].startswith("Camille Martin-Dubois") and len(table.splitlines()) == 2


def test_encrypted_pdf_needs_the_password(results: list[LookupResult], tmp_path: Path) -> None:
    """With protection, a generated AES-256 password opens the PDF; nothing else does."""
    archive, manifest = build(results, tmp_path, protect=True)
    password = manifest.password  # type: ignore[attr-defined]
    assert password and len(password) == 16
    reader = PdfReader(io.BytesIO(archive.read("rapport.pdf")))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong-password")
    assert "cus_Q2cmd" in _pdf_text(archive.read("rapport.pdf"), password)


def test_english_report(results: list[LookupResult], tmp_path: Path) -> None:
    """A request written in English gets an English report."""
    manifest = build_package("DSR-1", CAMILLE_MD, results, {"purposes": "Coaching"}, Language.EN, tmp_path / "e.zip")
    with zipfile.ZipFile(manifest.path) as archive:
        text = _pdf_text(archive.read("report.pdf"))
    assert "Your personal data" in text and "Purposes of the processing" in text


def test_generate_password_alphabet() -> None:
    """Generated passwords avoid ambiguous characters and differ each time."""
    first, second = generate_password(), generate_password()
    assert first != second and not set(first) & set("0O1lI")
