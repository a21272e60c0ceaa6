"""Record helper shared by the record files (standard library only)."""
import textwrap

HER = ("Sandra Delomenie", "contact@floraisondesoi.fr")
HER2 = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
HER_FS = ("Floraison de Soi", "contact@floraisondesoi.fr")


def T(s):
    """Strip the first newline and common indentation of a triple-quoted body."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s).rstrip() + "\n" if s.strip() else ""


def R(key, rights, sender, subject, body, **kw):
    """One record.

    kw: to (addr or (name, addr)), cc, quote (text), qstyle (gmail_fr, gmail_en,
    apple_fr, apple_en, outlook_fr, outlook_en, fwd_fr, fwd_en), qfrom ((name, addr)),
    html ('alt' | 'only'), cte ('qp' | 'b64' | '8bit'), headers (dict), att (list of
    (kind, filename, text)), kind ('bounce' | 'rfc822'), inner (dict for rfc822),
    bounce (dict), mailer (str or '')."""
    assert key[:3] in ("fr-", "en-"), key
    assert all(r in RIGHTS for r in rights), (key, rights)
    d = dict(key=key, rights=sorted(set(rights)), sender=sender, subject=subject,
             body=T(body))
    if "quote" in kw:
        kw["quote"] = T(kw["quote"])
    d.update(kw)
    return d


RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
