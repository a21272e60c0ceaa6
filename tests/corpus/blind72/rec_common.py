"""Shared record container for the blind72 corpus.

Each record is a dict built by R(key, subject, body, rights, **options).
Options understood by generate.py:
  frm      From header ("Display Name <addr>")
  to       To header (default: one of Sandra's two addresses, derived from the key)
  q        quoted history text (plain); qs quote style: gmail | apple | outlook | en | en_outlook | fwd
  qf       author of the quoted text (default Sandra); qsub subject of the quoted message
  html     None | "only" | "alt"
  cte      transfer encoding of the text part: None | "quoted-printable" | "base64" | "8bit"
  headers  dict of extra headers (Cc, Reply-To, List-Id, Auto-Submitted, ...)
  att      list of (kind, filename, text) with kind in pdf | png | csv | docx | ics | txt
  shape    None | "bounce" | "fwd822"
  bounce   dict for shape bounce; inner dict for shape fwd822
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

RECORDS = []

HER_C = "contact@floraisondesoi.fr"
HER_O = "sandra.delomenie@orange.fr"
HER = "Sandra Delomenie <contact@floraisondesoi.fr>"
HER_ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def R(key, subject, body, rights, **kw):
    assert key.startswith(("fr-", "en-")), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    assert key not in {x["key"] for x in RECORDS}, key
    rec = dict(key=key, subject=subject, body=body.strip("\n") + "\n", rights=sorted(set(rights)))
    rec.update(kw)
    RECORDS.append(rec)
