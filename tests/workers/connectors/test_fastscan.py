"""Fast lookup paths: CSV scanning on raw bytes, byte prefilter in Drive, cache of extracted text."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from flows.models import Identity, MatchField
from tests.workers.connectors import samples
from tests.workers.connectors.samples import write_csv
from workers.connectors import ConnectorsSettings, build_connectors, drive_local
from workers.connectors.csvscan import scan
from workers.connectors.drive_local import DriveLocalConnector
from workers.connectors.extract import Extraction
from workers.connectors.stripe_export import StripeExportConnector
from workers.connectors.systemeio import SystemeioExportConnector

CAMILLE = Identity(email="camille.martin@exemple.fr", name="Camille Martin", phone="+33 6 12 34 56 78")


# --- CSV -------------------------------------------------------------------------------------


def test_csv_hits_in_quoted_multiline_records_crlf_and_block_edges(tmp_path: Path) -> None:
    """Hits in multi-line quoted records, on CRLF lines, at block boundaries: whole rows back."""
    rows = []
    for i in range(3000):
        email = "Camille.Martin@Exemple.fr" if i in (0, 1234, 2999) else f"c{i}@x.fr"
        rows.append([f"py_{i}", f"ligne un\r\nligne deux, \"{i}\"" if i % 3 else "simple", email])
    path = tmp_path / "payments.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        import csv

        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["id", "Description", "Customer Email"])
        writer.writerows(rows)
    for block in (64, 300, 4096, 1 << 22):
        columns, found = scan(path, ["camille.martin@exemple.fr"], block_chars=block)
        hits = list(found)
        assert [columns.get(r, "id") for r in hits] == ["py_0", "py_1234", "py_2999"], block
        assert columns.get(hits[1], "Description") == 'ligne un\r\nligne deux, "1234"'


def test_csv_bare_cr_line_endings(tmp_path: Path) -> None:
    """An old export with bare CR line endings is still read (slow path)."""
    path = tmp_path / "customers.csv"
    path.write_bytes(b"id,Email,Name\rcus_1,a@b.fr,Paul\rcus_2,camille.martin@exemple.fr,X\r")
    assert [r.id for r in StripeExportConnector(tmp_path).lookup(CAMILLE)] == ["cus_2"]


def test_stripe_accents_decomposed_and_exotic_blocks(tmp_path: Path) -> None:
    """Names typed with accents, decomposed accents or beside Polish letters are all found."""
    write_csv(tmp_path / "customers.csv", ["id", "Email", "Name", "Phone"], [
        ["cus_1", "a@b.fr", "ÇAMILLE MÅRTIN", ""],
        ["cus_2", "b@b.fr", "Ca\u0301mille Marti\u0301n", ""],
        ["cus_3", "c@b.fr", "Łukasz Wałęsa", ""],
        ["cus_4", "d@b.fr", "Camille Martin-Dubois", ""],
        ["cus_5", "e@b.fr", "Camille Martinez", "06 12 34 56 79"],
        ["cus_6", "f@b.fr", "Paul", "+33 (0)6.12.34.56.78"],
        ["cus_7", "g@b.fr", "MARTIN\u00a0Camille", ""],
    ])
    records = StripeExportConnector(tmp_path).lookup(CAMILLE)
    assert [(r.id, r.matched_on) for r in records] == [
        ("cus_1", [MatchField.NAME]), ("cus_2", [MatchField.NAME]), ("cus_6", [MatchField.PHONE]),
        ("cus_7", [MatchField.NAME])]


def test_payments_without_name_column_match_email_and_customer_id(tmp_path: Path) -> None:
    """A payments file has no name column: the name is not sought there, the customer id is."""
    write_csv(tmp_path / "customers.csv", ["id", "Email", "Name"], [["cus_9", "z@z.fr", "Camille Martin"]])
    write_csv(tmp_path / "payments.csv", ["id", "Customer ID", "Customer Email", "Description"], [
        ["py_1", "cus_9", "", "Camille Martin (mention libre)"],
        ["py_2", "cus_99", "", "Camille Martin"],
        ["py_3", "", "CAMILLE.MARTIN@EXEMPLE.FR", ""]])
    records = StripeExportConnector(tmp_path).lookup(CAMILLE)
    assert [(r.id, r.matched_on) for r in records] == [
        ("cus_9", [MatchField.NAME]), ("py_1", [MatchField.NAME]), ("py_3", [MatchField.EMAIL])]


def test_systemeio_semicolons_latin_extended(tmp_path: Path) -> None:
    """Semicolon export, first and last name in separate columns, exotic letters nearby."""
    write_csv(tmp_path / "contacts.csv", ["Email", "Prénom", "Nom", "Téléphone"], [
        ["x@y.fr", "Ștefan", "Popescu", ""], ["a@b.fr", "Camille", "MARTIN", ""],
        ["c@d.fr", "Camille", "Martin-Dubois", ""]], delimiter=";")
    records = SystemeioExportConnector(tmp_path / "contacts.csv").lookup(CAMILLE)
    assert [(r.id, r.matched_on) for r in records] == [("a@b.fr", [MatchField.NAME])]


# --- Drive: byte prefilter --------------------------------------------------------------------


def test_drive_text_files_accents_and_similar_name(tmp_path: Path) -> None:
    """Decomposed accents and odd spaces still match; the similar name never does."""
    (tmp_path / "a.txt").write_text("Séance : MARTI\u0301N\u2003Ca\u0300mille\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Camille Martin-Dubois et Camille Martinez. " * 1000, encoding="utf-8")
    (tmp_path / "c.csv").write_bytes(b"x;\xff\xfe;06 12 34 56 78\n")  # invalid UTF-8 around a phone
    (tmp_path / "d.txt").write_text("x" * 2_100_000 + " camille.martin@exemple.fr", encoding="utf-8")
    found = {r.id: r.matched_on for r in DriveLocalConnector(tmp_path).lookup(CAMILLE)}
    assert found == {"a.txt": [MatchField.NAME], "c.csv": [MatchField.PHONE], "d.txt": [MatchField.EMAIL]}


# --- Drive: cache of extracted text -----------------------------------------------------------


@pytest.fixture()
def counted_extract(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = drive_local.extract

    def counting(path: Path, label: str, max_seconds: float = 5.0) -> Extraction:
        calls.append(label)
        return real(path, label, max_seconds)

    monkeypatch.setattr(drive_local, "extract", counting)
    return calls


def _docs(folder: Path) -> None:
    samples.make_docx(folder / "Clients" / "notes.docx", ["Séance avec MARTIN Camille"])
    samples.make_pdf(folder / "Clients" / "bilan.pdf", ["Bilan de Paul Durand"])
    samples.make_xlsx(folder / "suivi.xlsx", [["Paul", "p@x.fr"]])
    samples.make_odt(folder / "autre.odt", ["Camille Martin-Dubois"])


def test_cache_second_lookup_extracts_nothing(tmp_path: Path, counted_extract: list[str]) -> None:
    """Same results twice; the second lookup reads every document's text from the cache."""
    folder, cache = tmp_path / "drive", tmp_path / "data" / "cache"
    _docs(folder)
    first = DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    assert len(counted_extract) == 4
    second = DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    assert len(counted_extract) == 4
    assert [r.id for r in first] == [r.id for r in second] == ["Clients/notes.docx"]
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert len(entries) == 4
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in entries)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in cache.iterdir())


def test_cache_invalidated_when_a_file_changes_or_goes(tmp_path: Path, counted_extract: list[str]) -> None:
    """A changed document is extracted again (new text found); a deleted one leaves the cache."""
    folder, cache = tmp_path / "drive", tmp_path / "cache"
    _docs(folder)
    DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    counted_extract.clear()
    pdf = folder / "Clients" / "bilan.pdf"
    samples.make_pdf(pdf, ["Bilan de Camille Martin, camille.martin@exemple.fr"])
    os.utime(pdf, ns=(pdf.stat().st_atime_ns, pdf.stat().st_mtime_ns + 1_000_000))
    records = DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    assert counted_extract == ["Clients/bilan.pdf"]
    assert {r.id: r.matched_on for r in records}["Clients/bilan.pdf"] == [MatchField.EMAIL, MatchField.NAME]
    (folder / "Clients" / "notes.docx").unlink()
    DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    assert len([p for p in cache.rglob("*.txt")]) == 3


def test_cache_same_size_same_second_rewrite(tmp_path: Path, counted_extract: list[str]) -> None:
    """A rewrite keeping size and mtime is still seen (the change time is in the key)."""
    folder, cache = tmp_path / "drive", tmp_path / "cache"
    doc = samples.make_odt(folder / "a.odt", ["Paul Durand xx"])
    DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    before = doc.stat()
    samples.make_odt(doc, ["Paul Durand yy"])
    os.utime(doc, ns=(before.st_atime_ns, before.st_mtime_ns))
    # Whether or not the rewrite kept the size, the new text must be read again.
    counted_extract.clear()
    DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    assert counted_extract == ["a.odt"]


def test_cache_keeps_notes_and_skips_time_limited_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes come back from the cache; a result cut by the time budget is never cached."""
    folder, cache = tmp_path / "drive", tmp_path / "cache"
    folder.mkdir()
    (folder / "corrompu.pdf").write_bytes(b"%PDF-1.4 garbage")
    connector = DriveLocalConnector(folder, cache_dir=cache)
    connector.lookup(CAMILLE)
    notes = list(connector.notes)
    assert notes and "illisible" in notes[0]
    connector.lookup(CAMILLE)
    assert connector.notes == notes
    monkeypatch.setattr(drive_local, "extract",
                        lambda path, label, max_seconds=5.0: Extraction(text="x", notes=["coupé"], cacheable=False))
    samples.make_docx(folder / "long.docx", ["x"])
    DriveLocalConnector(folder, cache_dir=cache).lookup(CAMILLE)
    assert len(list(cache.rglob("*.txt"))) == 1  # only the corrupt PDF's entry


def test_cache_unwritable_is_only_slower(tmp_path: Path) -> None:
    """A cache directory that cannot be created costs speed, never the lookup."""
    folder = tmp_path / "drive"
    _docs(folder)
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    records = DriveLocalConnector(folder, cache_dir=blocker / "cache").lookup(CAMILLE)
    assert [r.id for r in records] == ["Clients/notes.docx"]


def test_cache_dir_from_settings_and_erasure_forgets(tmp_path: Path) -> None:
    """cache_dir comes from the drive settings; erasing a file drops its cached text at once."""
    folder, cache = tmp_path / "drive", tmp_path / "cache"
    _docs(folder)
    settings = ConnectorsSettings.model_validate(
        {"drive": {"folder": folder, "cache_dir": cache, "delete_local_files": True}})
    (connector,) = build_connectors(settings)
    assert isinstance(connector, DriveLocalConnector)
    records = connector.lookup(CAMILLE)
    assert len(list(cache.rglob("*.txt"))) == 4
    connector.erase(connector.plan_erasure(records), dry_run=False)
    assert not (folder / "Clients" / "notes.docx").exists()
    assert len(list(cache.rglob("*.txt"))) == 3


def test_name_tokens_on_different_lines_of_one_record(tmp_path: Path) -> None:
    """First and last name split by a multi-line quoted cell: the record is confirmed as a whole."""
    write_csv(tmp_path / "contacts.csv", ["Email", "First name", "Tags", "Surname"], [
        ["a@b.fr", "Camille", "ligne 1\nligne 2", "Martin"],
        ["c@d.fr", "Camille", "ligne 1\nligne 2", "Bernard"],
        ["e@f.fr", "Paul", "Martin\nCamille", "Durand"]])
    records = SystemeioExportConnector(tmp_path / "contacts.csv").lookup(CAMILLE)
    assert [r.id for r in records] == ["a@b.fr"]


def test_drive_phone_far_from_other_digits(tmp_path: Path) -> None:
    """A phone in long prose without digits is found; digits spread over a page are not a phone."""
    prose = "Texte sans chiffres. " * 5000
    (tmp_path / "a.txt").write_text(prose + "tél. 06 12 34 56 78" + prose, encoding="utf-8")
    (tmp_path / "b.txt").write_text(prose.join("612345678"), encoding="utf-8")
    found = {r.id: r.matched_on for r in DriveLocalConnector(tmp_path).lookup(CAMILLE)}
    assert found == {"a.txt": [MatchField.PHONE]}
