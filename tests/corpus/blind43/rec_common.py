"""Shared constants for the record files (standard library only).

A record is a plain dict.  Fields:
  key        str   "fr-..." or "en-..." (language of the NEW text)
  frm        (display name, address) or "SC" / "SO" / "FS" (Sandra's own addresses)
  to         "contact" | "orange" | "Name <addr>" string | list of such; default chosen from the key hash
  subject    str
  body       str   the new text (signature included)
  rights     list  label; [] = not a request to her
  date       "YYYY-MM-DD HH:MM" Paris local time (optional; default derived from the key hash)
  thread     list of earlier messages, most recent first: dict(frm, to, ago (days), subject, body, style)
  qstyle     quoting style of the thread (gmail_fr, apple_fr, outlook_fr, orange_fr, thunderbird_fr,
             yahoo_fr, fwd_fr, fwd_apple_fr, gmail_en, apple_en, outlook_en, fwd_en)
  quote      False = thread only referenced in headers (quote deleted by the writer)
  reply      False = no In-Reply-To/References even though a thread is quoted
  refs       False = In-Reply-To only, no References
  sig_after  text placed after the quote (e.g. nothing) -- rarely used
  html       None | "alt" (multipart/alternative) | "only" (text/html only)
  cte        "qp" | "b64" | "8bit" | "7bit" for the text parts
  headers    dict of extra headers (Cc, Reply-To, X-Mailer, List-Id, Auto-Submitted, ...)
  attach     list of (kind, filename, text) with kind in pdf, png, csv, docx, ics, json, txt
  kind       None | "bounce" | "rfc822"
  inner      for kind "rfc822": dict(frm, to, subject, body, ago, html) attached as message/rfc822
  bounce     for kind "bounce": dict(mta, recipient, status, diag, orig=dict(frm, to, subject, body, ago))
"""

SC = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SO = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
FS = ("Floraison de Soi", "contact@floraisondesoi.fr")

SIG_SANDRA = """Sandra Delomenie
Floraison de Soi - Coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73"""

SIG_SANDRA_SHORT = """Belle journée,
Sandra
Floraison de Soi"""
