"""A small learned detector: a second recall net behind the rules.

Logistic regression over hashed character n-grams (2 to 5 characters, inside word boundaries,
words padded with one space) of the accent-folded, lowercased text, counts L2-normalised. The
weights are trained offline by ``scripts/train_recognition_model.py`` and committed as a
literal in :mod:`flows.recognition_model_weights`; this module reproduces the features exactly
(CRC-32 hashing, no randomised ``hash()``), without scikit-learn. Pure: no disk, no network.

:func:`features` is shared by training and inference; :func:`score` gives a probability;
:func:`top_sentence` gives the sentence of highest score, as evidence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from zlib import crc32

from flows.lexicon_context import sentences
from flows.recognition_model_weights import BIAS, BUCKETS, THRESHOLD, WEIGHTS

__all__ = ["THRESHOLD", "features", "fold", "message_text", "score", "top_sentence"]

MIN_N = 2
MAX_N = 5
MAX_CHARS = 4000  # long signatures and disclaimers add nothing; keeps scoring fast

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_COMBINING_RE = re.compile(r"[\u0300-\u036f]")
_NON_WORD_RE = re.compile(r"[^a-z0-9']+")


def fold(text: str) -> str:
    """Lowercase, accents stripped, apostrophes straightened, anything else a single space."""
    text = text[:MAX_CHARS].lower().translate(_APOSTROPHES)
    if not text.isascii():
        text = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))
    return _NON_WORD_RE.sub(" ", text).strip()


@lru_cache(maxsize=32768)
def _word_buckets(word: str, buckets: int) -> tuple[int, ...]:
    padded = f" {word} "
    out: list[int] = []
    for n in range(MIN_N, MAX_N + 1):
        if n > len(padded):
            break
        for start in range(len(padded) - n + 1):
            out.append(crc32(padded[start:start + n].encode("utf-8")) % buckets)
    return tuple(out)


def _counts(text: str, buckets: int) -> tuple[Counter[int], list[str]]:
    words = fold(text).split()
    counts: Counter[int] = Counter()
    for word in words:
        counts.update(_word_buckets(word, buckets))
    return counts, words


def features(text: str, buckets: int = BUCKETS) -> dict[int, float]:
    """Hashed char n-gram counts of the folded text, L2-normalised (bucket -> value)."""
    counts, _ = _counts(text, buckets)
    if not counts:
        return {}
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return {k: v / norm for k, v in counts.items()}


@lru_cache(maxsize=32768)
def _word_weight(word: str) -> float:
    get = WEIGHTS.get
    return sum(get(bucket, 0.0) for bucket in _word_buckets(word, BUCKETS))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score(text: str) -> float:
    """Probability that ``text`` (subject + new text of a message) exercises a GDPR right.

    Same value as ``BIAS + sum(WEIGHTS[b] * v for b, v in features(text).items())`` through the
    logistic, computed per word (cached) since the n-grams never cross a word boundary.
    """
    counts, words = _counts(text, BUCKETS)
    if not counts:
        return _sigmoid(BIAS)
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return _sigmoid(BIAS + sum(_word_weight(word) for word in words) / norm)


def message_text(subject: str, body: str) -> str:
    """The text the model reads: subject line, then the sender's new text."""
    return f"{subject}\n{body}" if subject.strip() else body


def top_sentence(text: str) -> tuple[str, float]:
    """The sentence of highest score, with its score ("" and 0.0 for an empty text)."""
    best, best_score = "", 0.0
    for sentence in sentences(text):
        value = score(sentence.original)
        if value > best_score:
            best, best_score = sentence.original, value
    return best, best_score
