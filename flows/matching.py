"""Name, email and phone normalisation and matching, accent- and case-insensitive.

Pure functions only. A :class:`Matcher` is built once per looked-up :class:`Identity` and
answers two questions:

* :meth:`Matcher.match_text` -- does a free text (a file, a message, a CSV line) mention the
  person? The email must appear as a whole address, the phone as a number that normalises to
  the same E.164 form, the name as *all* its tokens, adjacent, as whole tokens, in the order
  "Prénom Nom" or "NOM Prénom". A hyphen belongs to a token: "Camille Martin" does not match
  "Camille Martin-Dubois".
* :meth:`Matcher.match_fields` -- the same rules on a structured record (email column, name
  columns, phone column); email equality is exact after trimming and lower-casing.

:func:`fold` is the one normalisation used everywhere (also by the streaming prefilters of
the connectors): lower-case, accents removed, typographic dashes and apostrophes unified. It
is a single ``str.translate`` and is skipped for ASCII text, so it is cheap on large files.

Large exports and folders are searched as raw bytes first: :func:`fold_bytes` folds UTF-8
bytes at C speed (one byte per folded character), and :class:`ByteNeedles` (from
:meth:`Matcher.text_needles` / :meth:`Matcher.field_needles`) holds compiled byte patterns
found in every text or record the exact matcher accepts. Only what they hit is decoded,
parsed and matched exactly, so the prefilter can never change a result, only its cost.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from flows.models import Identity, MatchField

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char and base.isascii():
            table[code] = base.lower()
    for code in range(0x0300, 0x0370):  # combining marks of decomposed input
        table[code] = None
    for src, dst in _LIGATURES.items():
        table[ord(src)] = dst
    for dash in _DASHES:
        table[ord(dash)] = "-"
    for apostrophe in _APOSTROPHES:
        table[ord(apostrophe)] = "'"
    table[0x00A0] = " "  # no-break space
    table[0x202F] = " "  # narrow no-break space (French typography)
    return table


FOLD_TABLE: dict[int, str | None] = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, ligatures, typographic dashes/apostrophes."""
    lowered = text.lower()
    if lowered.isascii():  # the table's only ASCII entry: the backtick is an apostrophe
        return lowered.replace("`", "'") if "`" in lowered else lowered
    return lowered.translate(FOLD_TABLE)


_QUICK_REPLACE: tuple[tuple[str, str], ...] = (
    *((a, "'") for a in _APOSTROPHES),
    *((d, "-") for d in _DASHES),
    ("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("ł", "l"), ("\u00a0", " "), ("\u202f", " "),
)


def quick_fold(text: str) -> str:
    """A faster, lossy :func:`fold` for prefilters: other non-ASCII characters are dropped.

    Whatever :func:`fold` turns into a needle, this keeps it (dropping characters can only
    add hits), so it is safe to decide whether the exact (slower) match needs to run.
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    for src, dst in _QUICK_REPLACE:
        if src in lowered:
            lowered = lowered.replace(src, dst)
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode("ascii")


#: Characters above U+00FF whose fold is (or holds) a Latin-1 character: Latin Extended-A/B,
#: combining marks (folded away), typographic dashes/apostrophes, narrow no-break space,
#: capital sharp s, Kelvin and Angstrom signs. Every other character above U+00FF folds to
#: itself and becomes "?" in :func:`fold_bytes` (tests check this over every code point).
_FOLD_BEYOND_LATIN1 = re.compile("[\u0100-\u036f\u1e9e\u2010-\u2014\u2018\u2019\u202f\u212a\u212b\u2212]")


def _build_latin1_tables() -> tuple[bytes, tuple[tuple[bytes, bytes], ...]]:
    table = bytearray(range(256))
    expand: list[tuple[bytes, bytes]] = []
    for code in range(256):
        folded = fold(chr(code))
        if len(folded) == 1 and ord(folded) < 256:
            table[code] = ord(folded)
        else:  # "Æ" -> "ae", "ß" -> "ss": replaced before the one-byte table
            expand.append((bytes([code]), folded.encode("latin-1")))
    return bytes(table), tuple(expand)


_LATIN1_FOLD, _LATIN1_EXPAND = _build_latin1_tables()


def fold_bytes(data: bytes) -> bytes:
    """:func:`fold` of UTF-8 ``data`` (decoded with errors replaced), as one byte per character.

    ASCII and Latin-1 characters come out as their folded byte; any other character (it
    folds to itself: "€", "…", Greek, emoji, replacement character) comes out as ``b"?"``.
    So an ASCII needle occurs in the result exactly where it occurs in the folded text, and
    newlines are kept one for one. Runs at several hundred MB/s (no per-character Python).
    """
    if data.isascii():
        return data.lower().replace(b"`", b"'") if b"`" in data else data.lower()
    text = data.decode("utf-8", errors="replace")
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        for char in set(_FOLD_BEYOND_LATIN1.findall(text)):
            text = text.replace(char, fold(char))
        latin = text.encode("latin-1", errors="replace")
    for src, dst in _LATIN1_EXPAND:
        if src in latin:
            latin = latin.replace(src, dst)
    return latin.translate(_LATIN1_FOLD)


def _fold_needle(text: str) -> bytes:
    """A folded needle as :func:`fold_bytes` writes it (non-Latin-1 characters as "?")."""
    return fold_bytes(text.encode("utf-8"))


#: What may separate two name tokens in :func:`fold_bytes` output: ``[\s,]`` of the exact
#: pattern, plus "?" and every non-ASCII byte (Unicode spaces the fast fold turns into "?").
_SEP = rb"[\t\n\x0b\x0c\r\x1c-\x1f ,?\x80-\xff]+"
_WORD_OR_DASH = rb"[a-z0-9_\-]"
_WORD_DASH_APOS = rb"[a-z0-9_'\-]"


def _bounded(token: bytes, pattern: bytes) -> bytes:
    """``pattern`` (starting with the literal ``token``) preceded by no word char, "'" or "-".

    The check is a look-behind written after the literal so that the regex engine keeps its
    fast literal-prefix search. Only ASCII neighbours reject (a superset of ``\\w``).
    """
    return re.escape(token) + rb"(?<!" + _WORD_DASH_APOS + re.escape(token) + rb")" + pattern


def _phone_pattern(phone: str, gap: int | None = None) -> bytes:
    """The last (up to) nine digits of ``phone``, anything but a digit (or "(0)") between.

    Every field that :func:`normalize_phone` turns into ``phone`` holds them so. In free text
    (``gap``) a number is at most 24 characters long (see :func:`find_phones`), so the run
    between two digits is bounded, which keeps the search linear on prose with few digits.
    """
    tail = re.sub(r"\D", "", phone)[-9:]
    between = rb"(?:[^0-9]|\(0\))" + (b"*" if gap is None else b"{0,%d}" % gap)
    return between.join(d.encode() for d in tail)


@dataclass(frozen=True)
class ByteNeedles:
    """Byte patterns, at least one of which occurs in whatever the exact matcher accepts.

    ``plain``: literal needles (searched with ``bytes.find``); ``patterns``: regexes.
    ``folded``: both are meant for :func:`fold_bytes` output; otherwise for ``data.lower()``
    (enough for ASCII emails, ids and digits, and twice as fast).
    ``groups``: a finer test of one record that hit (:meth:`confirm`): it passes when every
    pattern of one group occurs in it (e.g. all the name tokens, not only the longest one).
    """

    patterns: tuple[re.Pattern[bytes], ...] = ()
    folded: bool = True
    groups: tuple[tuple[re.Pattern[bytes], ...], ...] = ()
    plain: tuple[bytes, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.patterns and not self.plain

    def haystack(self, data: bytes) -> bytes:
        """``data`` prepared for :meth:`search` / :meth:`positions`."""
        if self.folded or (not data.isascii() and b"\xe2\x84\xaa" in data):  # Kelvin sign lowers to "k"
            return fold_bytes(data)
        return data.lower()

    def search(self, haystack: bytes) -> bool:
        return any(n in haystack for n in self.plain) or any(p.search(haystack) for p in self.patterns)

    def positions(self, haystack: bytes) -> list[int]:
        """Start offsets of every hit in ``haystack``, sorted."""
        found = [m.start() for p in self.patterns for m in p.finditer(haystack)]
        for needle in self.plain:
            at = haystack.find(needle)
            while at >= 0:
                found.append(at)
                at = haystack.find(needle, at + 1)
        return sorted(found) if len(self.patterns) + len(self.plain) > 1 else found

    def confirm(self, record: bytes) -> bool:
        """Whether a raw record (a few lines that hit) passes one of the ``groups`` (or no groups)."""
        return self.confirm_prepared(self.haystack(record)) if self.groups else True

    def confirm_prepared(self, haystack: bytes) -> bool:
        """:meth:`confirm` on a record already prepared by :meth:`haystack`."""
        return not self.groups or any(all(p.search(haystack) for p in group) for group in self.groups)

    @classmethod
    def literals(cls, needles: Iterable[str]) -> ByteNeedles:
        """Plain folded substrings (the form of :meth:`Matcher.needles`)."""
        return cls(plain=tuple(_fold_needle(n) for n in needles if n))


def normalize_email(email: str) -> str:
    """Trim and lower-case an address (``mailto:`` and angle brackets removed)."""
    value = email.strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value.lower()


_NAME_SPLIT = re.compile(r"[^\w'-]+")


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a name; a hyphenated part stays one token ("martin-dubois")."""
    folded = re.sub(r"\s*-\s*", "-", fold(name))
    return [t.strip("-'") for t in _NAME_SPLIT.split(folded) if t.strip("-'")]


_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s.\-/()]{6,22}\d(?!\d)")


def normalize_phone(phone: str) -> str | None:
    """E.164 form of a phone number; French national numbers get +33.

    "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678" and
    "+33 (0)6 12 34 56 78" all give "+33612345678". ``None`` when it is not a number.
    """
    raw = phone.strip().replace("(0)", "")
    international = raw.startswith("+") or raw.startswith("00")
    digits = re.sub(r"\D", "", raw)
    if international:
        if raw.startswith("00"):
            digits = digits[2:]
        if digits.startswith("33") and len(digits) == 12 and digits[2] == "0":
            digits = "33" + digits[3:]  # "+33 06..." typed by mistake
        return "+" + digits if 8 <= len(digits) <= 15 else None
    if len(digits) == 10 and digits.startswith("0") and digits[1] != "0":
        return "+33" + digits[1:]
    if len(digits) == 9 and digits[0] != "0":
        return "+33" + digits  # "6 12 34 56 78" without the trunk zero
    return None


def find_phones(text: str) -> set[str]:
    """Every phone number found in ``text``, normalised."""
    found: set[str] = set()
    for match in _PHONE_CANDIDATE.finditer(text):
        normalised = normalize_phone(match.group(0))
        if normalised:
            found.add(normalised)
    return found


def _name_orders(tokens: list[str]) -> list[list[str]]:
    orders = [tokens, tokens[-1:] + tokens[:-1], tokens[1:] + tokens[:1]]
    unique: list[list[str]] = []
    for order in orders:
        if order not in unique:
            unique.append(order)
    return unique


def _name_pattern(tokens: list[str]) -> re.Pattern[str] | None:
    if len(tokens) < 2:
        return None  # a single token is too weak to identify anybody
    alternatives = [r"[\s,]+".join(re.escape(t) for t in order) for order in _name_orders(tokens)]
    return re.compile(r"(?<![\w'-])(?:" + "|".join(alternatives) + r")(?![\w-])")


@dataclass(frozen=True)
class Matcher:
    """Decides whether a text or a record concerns the looked-up person."""

    email: str
    phone: str | None = None
    tokens: tuple[str, ...] = ()
    _email_re: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _name_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        email_re = re.compile(r"(?<![\w.+-])" + re.escape(self.email) + r"(?![\w-]|\.\w)")
        object.__setattr__(self, "_email_re", email_re)
        object.__setattr__(self, "_name_re", _name_pattern(list(self.tokens)))

    @classmethod
    def for_identity(cls, identity: Identity) -> Matcher:
        """Build the matcher of ``identity`` (email, optional name and phone)."""
        phone = normalize_phone(identity.phone) if identity.phone else None
        tokens = tuple(name_tokens(identity.name)) if identity.name else ()
        return cls(email=normalize_email(identity.email), phone=phone, tokens=tokens)

    @property
    def has_name(self) -> bool:
        return self._name_re is not None

    def needles(self) -> list[str]:
        """Folded substrings of which at least one occurs in any matching text.

        Connectors test them with ``in`` on folded blocks before any parsing: the email,
        the longest name token, and the last four digits of the phone (with or
        without a separator in the middle: "5678", "56 78", "56.78", "56-78").
        """
        result = [self.email] if self.email else []
        if self._name_re is not None:
            result.append(max(self.tokens, key=len))
        if self.phone:
            tail = self.phone[-4:]
            result.extend(tail[:2] + sep + tail[2:] for sep in ("", " ", ".", "-"))
        return result

    def text_needles(self) -> ByteNeedles:
        """Byte prefilter of :meth:`match_text`: folded email, whole name (every order), phone."""
        patterns: list[bytes] = []
        if self._name_re is not None:
            for order in _name_orders(list(self.tokens)):
                first, *rest = [_fold_needle(t) for t in order]
                tail = b"".join(_SEP + re.escape(t) for t in rest)
                patterns.append(_bounded(first, tail + rb"(?!" + _WORD_OR_DASH + rb")"))
        if self.phone:
            patterns.append(_phone_pattern(self.phone, gap=22))
        plain = (_fold_needle(self.email),) if self.email else ()
        return ByteNeedles(tuple(re.compile(p) for p in patterns), folded=True, plain=plain)

    def field_needles(
        self, *, emails: bool = True, names: bool = True, phones: bool = True, literals: Iterable[str] = ()
    ) -> ByteNeedles:
        """Byte prefilter of :meth:`match_fields` on a raw record (a CSV line).

        ``emails`` / ``names`` / ``phones``: whether the record has such a field (a file
        without a name column needs no name needle). A name needs all its tokens: the longest
        one, as a whole token, finds candidates; :meth:`ByteNeedles.confirm` wants them all.
        ``literals``: other exact values (ids).
        """
        patterns: list[bytes] = []
        plain: list[bytes] = []
        values = [v for v in literals if v]
        use_names = names and self._name_re is not None
        folded = use_names or not self.email.isascii() or not all(v.isascii() for v in values)
        if emails and self.email:
            plain.append(_fold_needle(self.email) if folded else self.email.encode())
        if use_names:
            whole = {t: _bounded(_fold_needle(t), rb"(?!" + _WORD_OR_DASH + rb")") for t in self.tokens}
            patterns.append(whole[max(self.tokens, key=len)])
        if phones and self.phone:
            patterns.append(_phone_pattern(self.phone))
        plain.extend(_fold_needle(v) if folded else v.lower().encode() for v in values)
        groups: list[tuple[re.Pattern[bytes], ...]] = [
            (re.compile(p),) for p in patterns if not use_names or p != patterns[0]]
        if use_names:
            groups.append(tuple(re.compile(p) for p in whole.values()))
        groups.extend((re.compile(re.escape(n)),) for n in plain)
        return ByteNeedles(tuple(re.compile(p) for p in patterns), folded=folded, groups=tuple(groups),
                           plain=tuple(plain))

    def match_text(self, text: str, *, folded: bool = False) -> list[MatchField]:
        """Which identifiers of the person ``text`` contains (empty when none)."""
        haystack = text if folded else fold(text)
        matched: list[MatchField] = []
        if self.email and self.email in haystack and self._email_re.search(haystack):
            matched.append(MatchField.EMAIL)
        if self._name_re is not None and self._name_re.search(haystack):
            matched.append(MatchField.NAME)
        if self.phone and self.phone[-2:] in haystack and self.phone in find_phones(haystack):
            matched.append(MatchField.PHONE)
        return matched

    def match_fields(
        self,
        *,
        emails: Iterable[str | None] = (),
        names: Iterable[str | None] = (),
        phones: Iterable[str | None] = (),
    ) -> list[MatchField]:
        """Match structured values: exact email, whole-token name, normalised phone."""
        matched: list[MatchField] = []
        if self.email and any(e and normalize_email(e) == self.email for e in emails):
            matched.append(MatchField.EMAIL)
        name_re = self._name_re
        if name_re is not None and any(n and name_re.search(fold(n)) for n in names):
            matched.append(MatchField.NAME)
        if self.phone and any(p and normalize_phone(p) == self.phone for p in phones):
            matched.append(MatchField.PHONE)
        return matched


def full_name(*parts: str | None) -> str:
    """Join name parts that are present ("Camille", None, "Martin" -> "Camille Martin")."""
    return " ".join(p.strip() for p in parts if p and p.strip())
