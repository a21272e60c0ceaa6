"""End to end in real Chromium: a request put in the mailbox is answered from the desk.

Dovecot receives the request (APPEND), the IMAP watcher ingests it, an in-process dramatiq
worker recognises it and opens the case; in the browser she logs in, finds it in
Demandes, opens it, corrects the acknowledgment and approves it; the SMTP sink receives
the corrected text. Screenshots of each page go to test-artifacts/web/.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.harness.dovecot import DovecotServer, ImapAccount
from tests.harness.smtp_sink import SmtpSink
from tests.workers.web.conftest import PASSWORD, request_email
from tests.workers.web.e2e_support import booted, desk_settings, served, wait_for, worker
from workers.imap_watcher import Watcher, WatchOptions
from workers.runtime import Runtime, utcnow
from workers.store.cases import list_cases
from workers.store.drafts import list_drafts
from workers.web.app import create_app

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ADDITION = "Je reviens vers vous au plus vite avec vos données. Bien à vous, Sandra"
HOSTILE_HTML = (
    "<p>Bonjour,</p><p>Je souhaite obtenir une copie de toutes les données personnelles que vous détenez "
    "sur moi (article 15 du RGPD).</p><p>Merci, Marie Dupont</p>"
    "<script>document.title = 'pwned'</script>"
    '<img src="https://tracker.invalid/pixel.gif" alt="">'
)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _ingest(runtime: Runtime) -> None:
    """``dsr watch --once``, in-process: catch up the folder and queue recognition."""
    from workers.actors import recognise_messages

    watcher = Watcher(runtime.settings, runtime.db, lambda ids: recognise_messages.send(ids), now=utcnow,
                      options=WatchOptions(once=True, idle=False))
    watcher.run()


def _acknowledgment(runtime: Runtime) -> dict[str, Any] | None:
    with runtime.db.begin() as conn:
        return next((d for d in list_drafts(conn) if d["kind"] == "acknowledgment"), None)


def _shot(page: Page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_request_from_the_mailbox_is_acknowledged_from_the_browser(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount,
    clean_smtp_sink: SmtpSink, browser: Browser, artifacts_dir: Path,
) -> None:
    """Log in, see the new request, open it, correct and approve the acknowledgment: it is sent as corrected."""
    shots = artifacts_dir / "web"
    shots.mkdir(exist_ok=True)
    settings = desk_settings(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    outside: list[str] = []
    with booted(settings) as runtime, worker(runtime), served(create_app(runtime)) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page.on("request", lambda request: outside.append(request.url)
                if not request.url.startswith(base) else None)

        # Log in (anonymous: sent to the login page first).
        page.goto(f"{base}/demandes")
        expect(page).to_have_url(f"{base}/connexion?suivant=%2Fdemandes")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        _shot(page, shots, "01-connexion")
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        expect(page).to_have_url(f"{base}/demandes")
        expect(page.get_by_text("Aucune demande en cours")).to_be_visible()

        # A request arrives in the real mailbox and goes through the real pipeline.
        raw = request_email(html=HOSTILE_HTML, when=datetime.now(UTC))
        dovecot.append(raw, user=imap_account.user)
        _ingest(runtime)
        draft = wait_for(lambda: _acknowledgment(runtime), timeout=30)
        with runtime.db.begin() as conn:
            ref = list_cases(conn)[0]["ref"]

        page.reload()
        link = page.get_by_role("link", name=ref)
        expect(link).to_be_visible()
        expect(page.get_by_text("2 brouillons à valider")).to_be_visible()
        _shot(page, shots, "02-demandes")

        # The case: the email is shown sanitised; nothing ran, nothing remote was loaded.
        link.click()
        expect(page.get_by_role("heading", level=1)).to_contain_text(ref)
        expect(page.locator(".courriel")).to_contain_text("copie de toutes les données personnelles")
        assert page.title() != "pwned"
        assert page.locator(".courriel script").count() == 0
        _shot(page, shots, "03-demande")

        # The acknowledgment: correct it, preview, approve.
        page.get_by_role("link", name="Accusé de réception").click()
        expect(page.get_by_label("Texte")).to_have_value(draft["body"])
        _shot(page, shots, "04-brouillon")
        body = page.get_by_label("Texte")
        body.fill(draft["body"] + "\n" + ADDITION)
        page.get_by_role("button", name="Aperçu").click()
        expect(page.get_by_text("rien n'est encore enregistré")).to_be_visible()
        expect(page.locator("pre.courriel")).to_contain_text(ADDITION)
        _shot(page, shots, "05-apercu")
        page.get_by_role("button", name="Valider et envoyer").click()
        expect(page.get_by_role("status")).to_contain_text("Message validé avec vos corrections")

        received = clean_smtp_sink.wait_for(1, timeout=30)
        message = received[0].message
        assert message["To"] == "marie.dupont@example.org"
        assert ADDITION in message.get_content()
        assert draft["body"].splitlines()[0] in message.get_content()

        wait_for(lambda: (_acknowledgment(runtime) or {}).get("status") == "sent", timeout=30)
        page.reload()
        expect(page.locator("ul.brouillons")).to_contain_text("envoyé")
        _shot(page, shots, "06-demande-apres-envoi")

        page.get_by_role("link", name="Messages à confirmer").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Messages à confirmer")
        _shot(page, shots, "07-a-confirmer")
        page.get_by_role("link", name="Registre").click()
        expect(page.get_by_role("row", name=ref)).to_contain_text("non")
        _shot(page, shots, "08-registre")

        # Readable on a phone.
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
        phone.context.add_cookies(page.context.cookies())
        phone.goto(f"{base}/demandes")
        expect(phone.get_by_role("link", name=ref)).to_be_visible()
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        _shot(phone, shots, "09-telephone-demandes")
        phone.goto(f"{base}/demandes/{ref}")
        _shot(phone, shots, "10-telephone-demande")
        phone.close()
        page.close()
    assert outside == [], f"the browser fetched outside the desk: {outside}"
    assert len(clean_smtp_sink.messages) == 1
