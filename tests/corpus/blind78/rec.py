"""Record helper for the blind78 corpus. Each record is a plain dict."""
SANDRA_C = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}


def R(key, rights, subject, body, frm=None, to=None, quote=None, qstyle=None,
      qfrom=None, html=None, cte=None, att=None, hdr=None, kind=None, fwd=None):
    assert key[:3] in ("fr-", "en-"), key
    rights = sorted(rights)
    assert set(rights) <= RIGHTS, key
    return dict(key=key, rights=rights, subject=subject, body=body, frm=frm, to=to,
                quote=quote, qstyle=qstyle, qfrom=qfrom, html=html, cte=cte,
                att=att or [], hdr=hdr or {}, kind=kind, fwd=fwd)
