"""Builders of sample files (PDF, scanned PDF, encrypted PDF, DOCX, ODT, XLSX) and the demo exports.

Used by the connector and package tests, and to (re)generate ``examples/exports``:
``.venv/bin/python -m tests.workers.connectors.samples examples/exports``. Every person here
is fictional.
"""

from __future__ import annotations

import csv
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_pdf(path: Path, lines: Sequence[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose only page is an image: no extractable text, like a scan."""
    from fpdf import FPDF
    from PIL import Image

    image = Image.new("L", (200, 280), color=230)
    for x in range(20, 180):
        for y in (40, 60, 80, 100):
            image.putpixel((x, y), 20)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=150)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path, lines: Sequence[str], password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    make_pdf(path, lines)
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def make_corrupt_pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n\x00\x13garbage\xff\xfe")
    return path


def make_docx(path: Path, paragraphs: Sequence[str]) -> Path:
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("word/document.xml", document)
    return path


def make_odt(path: Path, paragraphs: Sequence[str]) -> Path:
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


def make_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], delimiter: str = ",") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


# -- the demo clients ----------------------------------------------------------------------

CAMILLE = ("Camille", "Martin", "camille.martin@exemple.fr", "06 12 34 56 78")
CAMILLE_MD = ("Camille", "Martin-Dubois", "camille.md@exemple.org", "+33 7 98 76 54 32")
HELENE = ("Hélène", "Lefèvre-Roussel", "helene.lefevre@exemple.net", "0033 6 55 44 33 22")
JEROME = ("Jérôme", "Dupré", "jerome.dupre@exemple.com", "05.49.00.11.22")
ELOISE = ("Éloïse", "N'Diaye", "eloise.ndiaye@exemple.fr", "06 70 80 90 10")


def write_stripe(dest: Path) -> None:
    """Dashboard-style exports: customers, payments (unified), invoices."""
    write_csv(dest / "customers.csv",
              ["id", "Description", "Email", "Name", "Phone", "Created (UTC)", "Card Last4", "Delinquent"],
              [["cus_Q1camille", "Accompagnement individuel", CAMILLE[2], "Camille Martin", CAMILLE[3],
                "2024-03-02 10:15:00", "4242", "false"],
               ["cus_Q2cmd", "Atelier", CAMILLE_MD[2], "Camille Martin-Dubois", "", "2024-05-11 09:00:00",
                "1881", "false"],
               ["cus_Q3jerome", "", JEROME[2], "Jérôme Dupré", "", "2023-11-20 18:40:00", "5556", "false"]])
    write_csv(dest / "unified_payments.csv",
              ["id", "Created date (UTC)", "Amount", "Amount Refunded", "Currency", "Captured", "Description",
               "Customer ID", "Customer Email", "Status"],
              [["py_1A", "2024-03-02 10:16:00", "90.00", "0.00", "eur", "true", "Séance individuelle",
                "cus_Q1camille", CAMILLE[2], "Paid"],
               ["py_1B", "2024-04-05 10:16:00", "90.00", "0.00", "eur", "true", "Séance individuelle",
                "cus_Q1camille", "", "Paid"],
               ["py_2A", "2024-05-11 09:01:00", "45.00", "0.00", "eur", "true", "Atelier « Floraison »",
                "cus_Q2cmd", CAMILLE_MD[2], "Paid"],
               ["py_3A", "2023-11-20 18:41:00", "350.00", "50.00", "eur", "true", "Formation en ligne",
                "cus_Q3jerome", JEROME[2], "Paid"]])
    write_csv(dest / "invoices.csv",
              ["id", "Number", "Customer", "Customer Email", "Customer Name", "Date (UTC)", "Total", "Status"],
              [["in_1A", "FDS-2024-0007", "cus_Q1camille", CAMILLE[2], "Camille Martin", "2024-03-02", "90.00", "paid"],
               ["in_2A", "FDS-2024-0011", "cus_Q2cmd", CAMILLE_MD[2], "Camille Martin-Dubois", "2024-05-11", "45.00",
                "paid"],
               ["in_3A", "FDS-2023-0042", "cus_Q3jerome", JEROME[2], "Jérôme Dupré", "2023-11-20", "350.00", "paid"]])


def write_systemeio(dest: Path) -> None:
    write_csv(dest / "contacts.csv",
              ["Email", "First name", "Surname", "Phone number", "Tags", "Created at", "Country"],
              [[CAMILLE[2], "Camille", "Martin", CAMILLE[3], "newsletter;client", "2024-02-20 08:00:00", "FR"],
               [CAMILLE_MD[2], "Camille", "Martin-Dubois", CAMILLE_MD[3], "atelier-mai", "2024-05-01 12:00:00", "FR"],
               [HELENE[2], "Hélène", "Lefèvre-Roussel", HELENE[3], "ebook-gratuit", "2025-01-12 21:30:00", "FR"],
               ["marc.petit@exemple.fr", "Marc", "Petit", "", "newsletter", "2025-02-01 07:00:00", "BE"]])


def write_drive(dest: Path) -> None:
    clients = dest / "Clients"
    make_docx(clients / "Camille Martin" / "notes-seances.docx",
              ["Séance du 2 mars 2024 avec Camille Martin", "Objectifs : confiance en soi, équilibre.",
               f"Contact : {CAMILLE[2]}, {CAMILLE[3]}"])
    make_pdf(clients / "Camille Martin" / "questionnaire-sante.pdf",
             ["Questionnaire de santé", "Nom : MARTIN Camille", "Allergies : aucune", "Signature : C. Martin"])
    (clients / "Camille Martin" / "temoignage.txt").write_text(
        "Témoignage de Camille Martin : « Un accompagnement qui m'a transformée. »\n", encoding="utf-8")
    make_odt(clients / "Camille Martin-Dubois" / "bilan-atelier.odt",
             ["Bilan atelier de mai", "Participante : Camille Martin-Dubois", f"Email : {CAMILLE_MD[2]}"])
    make_xlsx(clients / "Jerome Dupre" / "suivi-formation.xlsx",
              [["Module", "Stagiaire", "Email", "Avancement"],
               ["1", "Jérôme Dupré", JEROME[2], "100 %"], ["2", "Jérôme Dupré", JEROME[2], "60 %"]])
    (clients / "Eloise NDiaye").mkdir(parents=True, exist_ok=True)
    (clients / "Eloise NDiaye" / "compte-rendu.md").write_text(
        "# Compte rendu\n\nSéance avec N'DIAYE Éloïse, tél. 06.70.80.90.10.\n", encoding="utf-8")
    write_csv(dest / "Ateliers" / "inscriptions-atelier-mars.csv", ["Nom", "Email", "Téléphone"],
              [["Camille Martin-Dubois", CAMILLE_MD[2], CAMILLE_MD[3]], ["Marc Petit", "marc.petit@exemple.fr", ""]],
              delimiter=";")
    make_scanned_pdf(dest / "Ateliers" / "liste-emargement-scan.pdf")
    make_encrypted_pdf(dest / "Admin" / "factures-2024-protegees.pdf", ["Factures 2024", "Camille Martin"])
    make_corrupt_pdf(dest / "Admin" / "ancien-export-corrompu.pdf")


def write_demo_exports(dest: Path) -> Path:
    """The whole demo set under ``dest``: stripe/, systemeio/, drive/."""
    write_stripe(dest / "stripe")
    write_systemeio(dest / "systemeio")
    write_drive(dest / "drive")
    return dest


if __name__ == "__main__":
    write_demo_exports(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/exports"))
