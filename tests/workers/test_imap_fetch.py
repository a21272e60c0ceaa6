"""The watcher's own FETCH parsing (pure, table-driven) and the fetch itself against Dovecot,
checked against imapclient's general parser on the same mailbox."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.harness import DovecotServer, ImapAccount
from tests.workers.mail_helpers import sample
from workers.imap_fetch import FetchedMessage, fetch_messages, parse_fetch, parse_internaldate, sequence_set

PARIS_WINTER = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("uids", "expected"),
    [
        ([1], "1"),
        ([1, 2, 3], "1:3"),
        ([3, 1, 2, 7, 9, 10], "1:3,7,9:10"),
        ([5, 5, 6], "5:6"),
        ([10, 12, 14], "10,12,14"),
    ],
)
def test_sequence_set(uids: list[int], expected: str) -> None:
    """UIDs become ascending runs, duplicates folded, gaps kept as separate items."""
    assert sequence_set(uids) == expected


def test_sequence_set_refuses_nothing() -> None:
    """An empty set is a caller's mistake, not ``FETCH ""``."""
    with pytest.raises(ValueError, match="empty"):
        sequence_set([])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"02-Mar-2026 09:30:01 +0100", datetime(2026, 3, 2, 9, 30, 1, tzinfo=PARIS_WINTER)),
        (b" 2-Mar-2026 09:30:01 +0100", datetime(2026, 3, 2, 9, 30, 1, tzinfo=PARIS_WINTER)),
        (b"31-dec-2025 23:59:59 -0530", datetime(2025, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=5, minutes=30)))),
        (b"29-Feb-2028 00:00:00 +0000", datetime(2028, 2, 29, tzinfo=timezone.utc)),
        (b"30-Feb-2026 00:00:00 +0000", None),  # no such day
        (b"02-Foo-2026 09:30:01 +0100", None),  # no such month
        (b"2026-03-02T09:30:01Z", None),  # not the IMAP form
        (b"", None),
    ],
)
def test_parse_internaldate(value: bytes, expected: datetime | None) -> None:
    """The RFC 3501 date-time, as an aware datetime with its own offset; anything else is None."""
    parsed = parse_internaldate(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.utcoffset() == expected.utcoffset()  # type: ignore[union-attr]


DATE = b'INTERNALDATE "02-Mar-2026 09:30:01 +0100"'
WHEN = datetime(2026, 3, 2, 9, 30, 1, tzinfo=PARIS_WINTER)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            [(b'1 (UID 7 ' + DATE + b' BODY[] {5}', b"hello"), b")"],
            {7: FetchedMessage(b"hello", WHEN)}, id="usual order",
        ),
        pytest.param(
            [(b"1 (BODY[] {5}", b"hello"), b" UID 7 " + DATE + b")"],
            {7: FetchedMessage(b"hello", WHEN)}, id="items after the literal",
        ),
        pytest.param(
            [b'3 (UID 9 ' + DATE + b' BODY[] "a \\"b\\" c")'],
            {9: FetchedMessage(b'a "b" c', WHEN)}, id="body as a quoted string",
        ),
        pytest.param([b"3 (UID 9 " + DATE + b" BODY[] NIL)"], {}, id="NIL body skipped"),
        pytest.param(
            [b"4 (UID 11 FLAGS (\\Seen))", (b"5 (UID 12 BODY[] {2}", b"ok"), b")"],
            {12: FetchedMessage(b"ok", None)}, id="a concurrent flag change is skipped; no date is None",
        ),
        pytest.param(
            [(b"5 (UID 12 BODY[HEADER] {2}", b"hh"), b")"], {}, id="another literal is not a body",
        ),
        pytest.param([(b"6 (BODY[] {2}", b"ok"), b")"], {}, id="no UID: cannot be placed"),
        pytest.param([None], {}, id="nothing matched"),
        pytest.param(
            [(b"1 (UID 1 BODY[] {1}", b"a"), b")", (b"2 (UID 2 BODY[] {1}", b"b"), b")"],
            {1: FetchedMessage(b"a", None), 2: FetchedMessage(b"b", None)}, id="several",
        ),
    ],
)
def test_parse_fetch(data: list[object], expected: dict[int, FetchedMessage]) -> None:
    """imaplib's raw FETCH data gives each message's bytes and INTERNALDATE by UID."""
    assert parse_fetch(data) == expected  # type: ignore[arg-type]


def test_fetch_matches_imapclient_and_leaves_messages_unseen(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    """Against Dovecot, the fast fetch returns exactly the bytes and INTERNALDATE imapclient's
    general parser gives, for a non-contiguous UID set, and no message becomes \\Seen."""
    user = imap_account.user
    when = datetime(2026, 1, 15, 8, 5, 9, tzinfo=PARIS_WINTER)
    big = sample(3, body="ligne longue " * 20_000)
    uids = dovecot.multiappend(
        [{"msg": sample(1), "flags": (), "date": when}, sample(2), big, {"msg": sample(4), "flags": (b"\\Flagged",), "date": when}],
        user=user,
    )
    wanted = [uids[0], uids[2], uids[3]]
    with dovecot.client(user) as client:
        client.normalise_times = False  # aware datetimes with the server's offset
        client.select_folder("INBOX", readonly=True)
        ours = fetch_messages(client, wanted)
        theirs = client.fetch(wanted, ["BODY.PEEK[]", "INTERNALDATE"])
        flags = client.get_flags(uids)
    assert sorted(ours) == sorted(wanted)
    for uid in wanted:
        assert ours[uid].raw == theirs[uid][b"BODY[]"]
        assert ours[uid].internaldate == theirs[uid][b"INTERNALDATE"]
        assert ours[uid].internaldate is not None
        assert ours[uid].internaldate.utcoffset() == theirs[uid][b"INTERNALDATE"].utcoffset()
    assert ours[uids[0]].internaldate == when
    assert ours[uids[2]].raw == big
    assert all(b"\\Seen" not in f for f in flags.values())
