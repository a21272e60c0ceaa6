"""Tests of flows.quoting: new text, quoted history, forwarded text, signature."""

from __future__ import annotations

import pytest

from flows.quoting import split_parts, split_quoted

CASES = [
    # (name, text, new contains, new excludes, part, part contains)
    ("gt lines", "Oui merci.\n\n> Voulez-vous que je supprime vos données ?\n> Sandra",
     "Oui merci.", "supprime", "quoted", "supprime vos données"),
    ("le a ecrit", "Parfait !\n\nLe lun. 2 mars 2026 à 10:00, Sandra <s@o.fr> a écrit :\n> Bonjour",
     "Parfait !", "a écrit", "quoted", "a écrit"),
    ("wrapped attribution", "Merci\n\nLe lun. 2 mars 2026 à 10:00, Sandra Delomenie <sandra.delomenie@orange.fr>\na écrit :\n> x",
     "Merci", "Delomenie", "quoted", "a écrit"),
    ("on wrote", "Thanks!\n\nOn Mon, 2 Mar 2026 at 10:00, Sandra <s@o.fr> wrote:\n> Hi",
     "Thanks!", "wrote", "quoted", "wrote:"),
    ("outlook fr", "Je confirme.\n\nDe : Sandra <s@o.fr>\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : moi\nObjet : RE: données\n\nTexte ancien",
     "Je confirme.", "Texte ancien", "quoted", "Texte ancien"),
    ("outlook en", "Fine.\n\nFrom: Sandra <s@o.fr>\nSent: Monday, March 2, 2026 10:00 AM\nTo: me\nSubject: data\n\nOld text",
     "Fine.", "Old text", "quoted", "Old text"),
    ("original message", "Ok\n\n-----Original Message-----\nFrom: x\nold", "Ok", "old", "quoted", "old"),
    ("forward fr", "Pour info\n\n-------- Message transféré --------\nSujet : RGPD\nSupprimez mes données",
     "Pour info", "Supprimez", "forwarded", "Supprimez mes données"),
    ("forward en", "FYI\n\n---------- Forwarded message ---------\nFrom: x\nDelete my data",
     "FYI", "Delete", "forwarded", "Delete my data"),
    ("dash signature", "Supprimez mes données.\n-- \nClaire Martin\n06 12 34 56 78",
     "Supprimez mes données.", "06 12", "signature", "Claire Martin"),
    ("closing + short tail", "Merci de supprimer mes données.\n\nCordialement,\nClaire Martin\n12 rue des Lilas",
     "Merci de supprimer", "Lilas", "signature", "Cordialement"),
    ("iphone", "Supprimez tout svp\n\nEnvoyé de mon iPhone", "Supprimez tout", "iPhone", "signature", "iPhone"),
    ("english closing", "Please delete my data.\n\nBest regards,\nSarah", "Please delete", "Sarah", "signature", "Sarah"),
]


@pytest.mark.parametrize(("name", "text", "new_has", "new_not", "part", "part_has"), CASES, ids=[c[0] for c in CASES])
def test_split_parts(name: str, text: str, new_has: str, new_not: str, part: str, part_has: str) -> None:
    """Each shape puts the history or signature in its own part and keeps the new text."""
    parts = split_parts(text)
    assert new_has in parts.new
    assert new_not not in parts.new
    assert part_has in getattr(parts, part)


def test_long_tail_after_closing_is_not_a_signature() -> None:
    """A closing formula followed by a long text is not a signature."""
    text = "Bonjour,\n\nMerci\n" + "\n".join(f"Ligne importante numéro {i} de ma demande" for i in range(10))
    assert split_parts(text).signature == ""


def test_postscript_after_closing_stays_new() -> None:
    """A P.S. after the closing keeps the tail in the new text."""
    parts = split_parts("Bonjour,\n\nCordialement,\nClaire\nPS : supprimez aussi mes photos")
    assert "supprimez aussi mes photos" in parts.new


def test_split_quoted_triple_counts_forwarded_as_quoted() -> None:
    """split_quoted returns (new, quoted, signature) with forwarded text inside quoted."""
    new, quoted, signature = split_quoted("Voir dessous\n\n---------- Forwarded message ---------\nold\n")
    assert new == "Voir dessous" and "old" in quoted and signature == ""


def test_inline_interleaved_reply() -> None:
    """Unquoted lines between quoted lines remain new text."""
    parts = split_parts("> Souhaitez-vous une copie ?\nOui, une copie svp.\n> Et la suppression ?\nNon.")
    assert "Oui, une copie svp." in parts.new and "Non." in parts.new
    assert "Souhaitez-vous" in parts.quoted


def test_bottom_posted_reply_after_attribution() -> None:
    """A reply written below the quoted message is new text, not history."""
    text = "Le 02/03/2026 à 10:00, Sandra <s@o.fr> a écrit :\n> Souhaitez-vous une copie ?\n\nOui, et supprimez tout ensuite.\n"
    parts = split_parts(text)
    assert "supprimez tout ensuite" in parts.new
    assert "Souhaitez-vous" in parts.quoted
