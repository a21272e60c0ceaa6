"""Export-mode connectors on the demo exports: Stripe CSVs, Systeme.io contacts, Drive folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.connectors import ResultStatus
from flows.erasure import ActionKind
from flows.models import Identity, MatchField
from tests.workers.connectors.samples import write_csv
from workers.connectors import ConnectorsSettings, build_connectors, run_lookup
from workers.connectors.csvscan import scan
from workers.connectors.drive_local import DriveLocalConnector
from workers.connectors.stripe_export import StripeExportConnector
from workers.connectors.systemeio import SystemeioExportConnector

CAMILLE = Identity(email="camille.martin@exemple.fr", name="Camille Martin", phone="+33 6 12 34 56 78")
CAMILLE_MD = Identity(email="camille.md@exemple.org", name="Camille Martin-Dubois")
HELENE = Identity(email="helene.lefevre@exemple.net", name="Helene Lefevre-Roussel")


def test_stripe_export_finds_customer_payments_invoices(demo_exports: Path) -> None:
    """Customer by email/name/phone; a payment without email is found through the customer id."""
    records = StripeExportConnector(demo_exports / "stripe").lookup(CAMILLE)
    assert [(r.kind, r.id) for r in records] == [
        ("customer", "cus_Q1camille"), ("payment", "py_1A"), ("payment", "py_1B"), ("invoice", "in_1A")]
    assert records[0].matched_on == [MatchField.EMAIL, MatchField.NAME, MatchField.PHONE]
    assert records[0].provided_by_subject and not records[1].provided_by_subject
    assert records[2].fields["Customer ID"] == "cus_Q1camille"


def test_similar_name_does_not_match(demo_exports: Path) -> None:
    """Camille Martin's lookup never returns Camille Martin-Dubois's data, and the reverse."""
    settings = ConnectorsSettings.model_validate({
        "stripe": {"export_dir": demo_exports / "stripe"},
        "systemeio": {"export_file": demo_exports / "systemeio" / "contacts.csv"},
        "drive": {"folder": demo_exports / "drive"}})
    for who, other in ((CAMILLE, "martin-dubois"), (CAMILLE_MD, "cus_q1camille")):
        for result in run_lookup(build_connectors(settings), who):
            assert result.ok
            for record in result.records:
                assert other not in str(record.fields).lower(), (result.system, record.id)
    md_drive = [rec.id for r in run_lookup(build_connectors(settings), CAMILLE_MD) if r.system == "drive"
                for rec in r.records]
    assert md_drive == ["Ateliers/inscriptions-atelier-mars.csv", "Clients/Camille Martin-Dubois/bilan-atelier.odt"]


@pytest.mark.parametrize(
    ("header", "email_column"),
    [(["id", "Customer Email", "Created (UTC)"], "Customer Email"),
     (["id", "customer_email", "Created date (UTC)"], "customer_email"),
     (["Customer ID", "Email", "created"], "Email")],
)
def test_stripe_column_variants(tmp_path: Path, header: list[str], email_column: str) -> None:
    """Real exports name the same column differently; every variant is understood."""
    write_csv(tmp_path / "customers.csv", header, [["cus_1", "Camille.Martin@exemple.fr", "2024-01-01"],
                                                   ["cus_2", "other@exemple.fr", "2024-01-01"]])
    records = StripeExportConnector(tmp_path).lookup(CAMILLE)
    assert [r.id for r in records] == ["cus_1"]
    assert records[0].fields[email_column] == "Camille.Martin@exemple.fr"


def test_csv_scan_multiline_quoted_fields_and_small_blocks(tmp_path: Path) -> None:
    """Blocks end on record boundaries even inside quoted multi-line fields."""
    rows = [[f"py_{i}", f"line one\nline two {i}", "x@y.fr" if i != 777 else "camille.martin@exemple.fr"]
            for i in range(2000)]
    write_csv(tmp_path / "payments.csv", ["id", "Description", "Customer Email"], rows)
    columns, found = scan(tmp_path / "payments.csv", ["camille.martin@exemple.fr"], block_chars=512)
    hits = list(found)
    assert [columns.get(r, "id") for r in hits] == ["py_777"]
    assert columns.get(hits[0], "Description") == "line one\nline two 777"


def test_systemeio_export_person_in_one_system_only(demo_exports: Path) -> None:
    """Hélène is only a Systeme.io contact; accents and hyphen typed differently still match."""
    contacts = SystemeioExportConnector(demo_exports / "systemeio").lookup(HELENE)
    assert [(r.kind, r.fields["Surname"]) for r in contacts] == [("contact", "Lefèvre-Roussel")]
    assert contacts[0].matched_on == [MatchField.EMAIL, MatchField.NAME]
    assert StripeExportConnector(demo_exports / "stripe").lookup(HELENE) == []
    assert DriveLocalConnector(demo_exports / "drive").lookup(HELENE) == []


def test_systemeio_semicolon_french_headers(tmp_path: Path) -> None:
    """A French Excel export (semicolons, "Prénom"/"Nom") is read too; phone match alone works."""
    write_csv(tmp_path / "export.csv", ["Adresse email", "Prénom", "Nom", "Téléphone"],
              [["a@b.fr", "Camille", "MARTIN", "0612345678"], ["c@d.fr", "Paul", "Durand", ""]], delimiter=";")
    records = SystemeioExportConnector(tmp_path / "export.csv").lookup(
        Identity(email="nobody@x.fr", phone="+33612345678"))
    assert [r.id for r in records] == ["a@b.fr"] and records[0].matched_on == [MatchField.PHONE]


def test_drive_local_types_and_notes(demo_exports: Path) -> None:
    """DOCX, PDF, TXT found; scanned, encrypted, corrupt PDFs reported as notes, not errors."""
    connector = DriveLocalConnector(demo_exports / "drive")
    records = connector.lookup(CAMILLE)
    by_path = {r.id: r for r in records}
    assert set(by_path) == {"Clients/Camille Martin/notes-seances.docx",
                            "Clients/Camille Martin/questionnaire-sante.pdf",
                            "Clients/Camille Martin/temoignage.txt"}
    assert by_path["Clients/Camille Martin/notes-seances.docx"].matched_on == [
        MatchField.EMAIL, MatchField.NAME, MatchField.PHONE]
    assert by_path["Clients/Camille Martin/questionnaire-sante.pdf"].fields["category"] == "health_questionnaire"
    assert by_path["Clients/Camille Martin/temoignage.txt"].fields["category"] == "testimonial"
    assert all(r.file_path and Path(r.file_path).exists() for r in records)
    notes = "\n".join(connector.notes)
    assert "liste-emargement-scan.pdf : PDF sans texte" in notes
    assert "factures-2024-protegees.pdf : PDF protégé par mot de passe" in notes
    assert "ancien-export-corrompu.pdf : fichier illisible" in notes


def test_drive_local_odt_xlsx_md_accents(demo_exports: Path) -> None:
    """ODT and XLSX are read; "N'DIAYE Éloïse" matches "Eloise N'Diaye" and her dotted phone."""
    drive = DriveLocalConnector(demo_exports / "drive")
    assert [r.id for r in drive.lookup(Identity(email="jerome.dupre@exemple.com"))] == [
        "Clients/Jerome Dupre/suivi-formation.xlsx"]
    eloise = drive.lookup(Identity(email="e@x.fr", name="Eloise N'Diaye", phone="06 70 80 90 10"))
    assert [(r.id, r.matched_on) for r in eloise] == [
        ("Clients/Eloise NDiaye/compte-rendu.md", [MatchField.NAME, MatchField.PHONE])]


def test_drive_local_big_file_is_name_only(tmp_path: Path) -> None:
    """A file over the size limit is matched on its name and noted, never read."""
    (tmp_path / "Camille Martin - notes.txt").write_text("x" * 3000)
    (tmp_path / "autre.txt").write_text("camille.martin@exemple.fr " + "x" * 3000)
    connector = DriveLocalConnector(tmp_path, max_file_mb=0.001)
    assert [r.id for r in connector.lookup(CAMILLE)] == ["Camille Martin - notes.txt"]
    assert any("trop volumineux" in n for n in connector.notes)


def test_export_connectors_cannot_erase(demo_exports: Path) -> None:
    """Exports are read-only: deletions are manual steps in French; keep lines are skipped."""
    connector = StripeExportConnector(demo_exports / "stripe")
    actions = connector.plan_erasure(connector.lookup(CAMILLE))
    results = connector.erase(actions, dry_run=False)
    by_kind = {a.record_kind: (a.action, r.status, r.message) for a, r in zip(actions, results)}
    assert by_kind["customer"][:2] == (ActionKind.DELETE, ResultStatus.NOT_SUPPORTED)
    assert by_kind["customer"][2] == "à faire à la main dans le tableau de bord Stripe"
    assert by_kind["invoice"][:2] == (ActionKind.KEEP, ResultStatus.SKIPPED)


def test_drive_local_delete_only_when_synced(tmp_path: Path) -> None:
    """Deleting a local file happens only when configured as a Drive for desktop mirror."""
    target = tmp_path / "temoignage Camille Martin.txt"
    target.write_text("merci")
    for synced, exists_after in ((False, True), (True, False)):
        connector = DriveLocalConnector(tmp_path, delete_local_files=synced)
        actions = connector.plan_erasure(connector.lookup(CAMILLE))
        assert connector.erase(actions, dry_run=True)[0].status in (ResultStatus.DRY_RUN, ResultStatus.NOT_SUPPORTED)
        assert target.exists()
        connector.erase(actions, dry_run=False)
        assert target.exists() is exists_after
