"""What recognition finds in a text: per-right strength, evidence, and what was discarded."""

from __future__ import annotations

from dataclasses import dataclass, field

from flows.models import Right

MAX_EVIDENCE_CHARS = 240


@dataclass
class Findings:
    """Signals found in a text, per right, with evidence."""

    strength: dict[Right, int] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)
    negated: set[Right] = field(default_factory=set)
    sentences: dict[Right, list[str]] = field(default_factory=dict)
    access_fetch: list[bool] = field(default_factory=list)  # per access hit: "send me / get my data"?
    someone_else: bool = False  # a match was discarded as another person's data
    represented: bool = False  # a parent, guardian, representative or heir writes for the data subject
    #: rights the rules read, then set aside under the labelling policy (a consent to receive mail
    #: withdrawn is an objection only): not for the learned rights guess to add back
    set_aside: set[Right] = field(default_factory=set)

    def add(self, right: Right, strength: int, sentence: str) -> None:
        if strength > self.strength.get(right, 0):
            self.strength[right] = strength
        self.sentences.setdefault(right, []).append(sentence)
        if sentence not in self.evidence:
            self.evidence.append(sentence)

    def best(self) -> int:
        return max(self.strength.values(), default=0)


def clip(text: str) -> str:
    """One line, at most MAX_EVIDENCE_CHARS characters (evidence shown to the practitioner)."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE_CHARS else text[: MAX_EVIDENCE_CHARS - 1] + "…"
