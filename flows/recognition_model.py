"""A small learned detector: a second recall net behind the rules.

Logistic regression over hashed features of the accent-folded, lowercased text: character
n-grams (2 to 5 characters, inside word boundaries, words padded with one space), word unigrams
and word bigrams, each kind counted with the multiplicity :data:`KINDS` gives it (the words and
pairs weigh against the ~25 n-grams of each word), counts L2-normalised. The weights are trained
offline by ``scripts/train_recognition_model.py`` and committed as a literal in
:mod:`flows.recognition_model_weights` (with ``KINDS`` and ``THRESHOLD``); this module reproduces
the features exactly (CRC-32 hashing, no randomised ``hash()``), without scikit-learn. Pure: no
disk, no network.

:func:`features` is shared by training and inference; :func:`score` gives a probability (per
word and per word pair, cached); :func:`top_sentence` gives the sentence of highest score, as
evidence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import chain, pairwise
from zlib import crc32

from flows.lexicon_context import sentences
from flows.recognition_model_weights import BIAS, BUCKETS, KINDS, THRESHOLD, WEIGHTS

__all__ = ["THRESHOLD", "counts_and_words", "features", "fold", "message_text", "multiplicity",
           "norm_and_words", "pair_bucket", "score", "top_sentence", "word_buckets"]

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


@lru_cache(maxsize=64)
def multiplicity(kinds: tuple[str, ...], kind: str) -> int:
    """How many times ``kind`` counts: 0 if absent, ``n`` for "kind*n", else 1."""
    for entry in kinds:
        name, _, times = entry.partition("*")
        if name == kind:
            return int(times) if times else 1
    return 0


@lru_cache(maxsize=32768)
def word_buckets(word: str, buckets: int, kinds: tuple[str, ...]) -> tuple[int, ...]:
    """The buckets one word contributes: its char n-grams ("char") and itself ("word")."""
    out: list[int] = []
    if multiplicity(kinds, "char"):
        padded = f" {word} "
        for n in range(MIN_N, MAX_N + 1):
            if n > len(padded):
                break
            for start in range(len(padded) - n + 1):
                out.append(crc32(padded[start:start + n].encode("utf-8")) % buckets)
        out *= multiplicity(kinds, "char")
    if multiplicity(kinds, "word"):  # ":" never occurs in folded text, so no clash with the n-grams
        out.extend([crc32(f"w:{word}".encode()) % buckets] * multiplicity(kinds, "word"))
    return tuple(out)


@lru_cache(maxsize=65536)
def pair_bucket(first: str, second: str, buckets: int) -> int:
    """The bucket of a word bigram ("bigram")."""
    return crc32(f"b:{first} {second}".encode()) % buckets


def counts_and_words(text: str, buckets: int, kinds: tuple[str, ...]) -> tuple[Counter[int], list[str]]:
    """The hashed feature counts of the folded text (bucket -> count, before normalisation) and its words."""
    words = fold(text).split()
    counts: Counter[int] = Counter(chain.from_iterable([word_buckets(w, buckets, kinds) for w in words]))
    pairs = multiplicity(kinds, "bigram")
    if pairs and len(words) > 1:
        counts.update([pair_bucket(first, second, buckets) for first, second in pairwise(words)] * pairs)
    return counts, words


@lru_cache(maxsize=16)
def norm_and_words(text: str, buckets: int, kinds: tuple[str, ...]) -> tuple[float, tuple[str, ...]]:
    """The L2 norm of the feature counts (0 for no words) and the folded words: what both learned
    models need of a text, computed once when they read the same text with the same features."""
    counts, words = counts_and_words(text, buckets, kinds)
    return (math.hypot(*counts.values()) if counts else 0.0), tuple(words)


def features(text: str, buckets: int = BUCKETS, kinds: tuple[str, ...] = KINDS) -> dict[int, float]:
    """Hashed feature counts of the folded text, L2-normalised (bucket -> value).

    ``kinds``: "char" (char 2-5-grams inside words), "word" (word unigrams), "bigram" (word
    bigrams), each counted once, or n times when written "kind*n" (a heavier block against the
    many n-grams of a word); the exported model's kinds are :data:`KINDS`.
    """
    counts, _ = counts_and_words(text, buckets, kinds)
    if not counts:
        return {}
    norm = math.hypot(*counts.values())
    return {k: v / norm for k, v in counts.items()}


@lru_cache(maxsize=32768)
def _word_weight(word: str) -> float:
    get = WEIGHTS.get
    return sum(get(bucket, 0.0) for bucket in word_buckets(word, BUCKETS, KINDS))


@lru_cache(maxsize=65536)
def _pair_weight(first: str, second: str) -> float:
    return WEIGHTS.get(pair_bucket(first, second, BUCKETS), 0.0) * multiplicity(KINDS, "bigram")


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score(text: str) -> float:
    """Probability that ``text`` (subject + new text of a message) exercises a GDPR right.

    Same value as ``BIAS + sum(WEIGHTS[b] * v for b, v in features(text).items())`` through the
    logistic, computed per word and per word pair (cached), since no feature crosses more than
    two words.
    """
    norm, words = norm_and_words(text, BUCKETS, KINDS)
    if not norm:
        return _sigmoid(BIAS)
    z = sum(map(_word_weight, words))
    if multiplicity(KINDS, "bigram"):
        z += sum(_pair_weight(first, second) for first, second in pairwise(words))
    return _sigmoid(BIAS + z / norm)


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
