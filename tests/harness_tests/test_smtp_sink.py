"""The aiosmtpd sink: records what smtplib sends; AUTH, STARTTLS, outages, temporary errors."""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from typing import Any

import pytest

from tests.harness import SmtpSink, insecure_tls_context

BODY = b"From: pro@floraison.test\r\nTo: alice@example.test\r\nSubject: Votre demande\r\n\r\nBonjour.\r\n"


def test_sink_records_message(clean_smtp_sink: SmtpSink) -> None:
    """A message sent with smtplib arrives with its envelope and exact content."""
    with smtplib.SMTP(clean_smtp_sink.host, clean_smtp_sink.port, timeout=10) as client:
        client.sendmail("pro@floraison.test", ["alice@example.test"], BODY)
    (received,) = clean_smtp_sink.wait_for(1, timeout=5)
    assert received.mail_from == "pro@floraison.test"
    assert received.rcpt_tos == ("alice@example.test",)
    assert received.content == BODY
    assert received.message["Subject"] == "Votre demande"
    assert received.received_at.tzinfo is not None


def test_clean_sink_starts_empty(clean_smtp_sink: SmtpSink) -> None:
    """The function fixture hands out the session sink with no messages."""
    assert clean_smtp_sink.messages == []
    with pytest.raises(TimeoutError):
        clean_smtp_sink.wait_for(1, timeout=0.2)


def test_auth_and_starttls(smtp_sink_factory: Callable[..., SmtpSink]) -> None:
    """With STARTTLS and AUTH, a client upgrades, logs in and the login is recorded."""
    sink = smtp_sink_factory(auth=("pro", "secret"), starttls=True)
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as client:
        client.starttls(context=insecure_tls_context())
        client.login("pro", "secret")
        client.sendmail("pro@floraison.test", ["alice@example.test"], BODY)
    (received,) = sink.wait_for(1, timeout=5)
    assert received.auth_login == "pro"
    assert received.tls is True


def test_auth_required_and_checked(smtp_sink_factory: Callable[..., SmtpSink]) -> None:
    """Plain AUTH: a wrong password is refused, sending without login too."""
    sink = smtp_sink_factory(auth=("pro", "secret"))
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("pro", "wrong")
        with pytest.raises(smtplib.SMTPSenderRefused):
            client.sendmail("pro@floraison.test", ["alice@example.test"], BODY)
    assert sink.messages == []


def test_stop_start_same_port(smtp_sink_factory: Callable[..., SmtpSink]) -> None:
    """While stopped, connections are refused; start() listens again on the same port."""
    sink = smtp_sink_factory()
    port = sink.port
    sink.stop()
    with pytest.raises(OSError):
        smtplib.SMTP(sink.host, port, timeout=2)
    sink.start()
    assert sink.port == port
    with smtplib.SMTP(sink.host, port, timeout=10) as client:
        client.sendmail("a@example.test", ["b@example.test"], BODY)
    assert len(sink.wait_for(1, timeout=5)) == 1


def test_fail_next_gives_temporary_error(smtp_sink_factory: Callable[..., Any]) -> None:
    """fail_next() answers 451 once, then the retry is accepted."""
    sink: SmtpSink = smtp_sink_factory()
    sink.fail_next(1)
    with smtplib.SMTP(sink.host, sink.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail("a@example.test", ["b@example.test"], BODY)
        assert refused.value.smtp_code == 451
        client.sendmail("a@example.test", ["b@example.test"], BODY)
    assert len(sink.wait_for(1, timeout=5)) == 1
