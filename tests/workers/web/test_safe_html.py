"""The sanitiser of received HTML: formatting kept, anything active or remote removed."""

from __future__ import annotations

from tests.workers.web.conftest import request_email
from workers.web.safe_html import html_part, remote_images, sanitise, shown_body

PIXEL = "data:image/png;base64,iVBORw0KGgo="


def test_scripts_styles_frames_and_handlers_are_removed() -> None:
    """No script, style, iframe, form or event attribute survives; the text does."""
    html = ("<p onclick='x()'>Bonjour<script>alert(1)</script></p><style>p{color:red}</style>"
            "<iframe src='https://e.example'></iframe><form action='https://e.example'><input name=a></form>"
            "<svg onload=alert(1)><circle/></svg><object data='x.swf'></object>")
    out = sanitise(html).lower()
    assert "bonjour" in out
    for bad in ("<script", "alert", "<style", "color:red", "<iframe", "<form", "<input", "onclick", "onload",
                "<svg", "<object"):
        assert bad not in out, bad


def test_remote_images_lose_their_source_and_inline_ones_stay() -> None:
    """http(s), protocol-relative and cid sources are dropped; a raster data: image is kept."""
    html = (f'<img src="https://t.example/p.gif" alt="a"><img src="//t.example/x.png"><img src="cid:logo">'
            f'<img src="{PIXEL}" alt="ok"><img src="data:image/svg+xml;base64,PHN2Zz4=">')
    out = sanitise(html)
    assert "t.example" not in out and "cid:" not in out and "svg+xml" not in out
    assert f'src="{PIXEL}"' in out
    assert remote_images(html) == 4


def test_css_cannot_load_anything() -> None:
    """Style attributes (which can hold url()) are dropped entirely."""
    out = sanitise('<div style="background-image:url(https://t.example/c.png)">x</div>')
    assert "style" not in out and "t.example" not in out and "x" in out


def test_links_keep_web_targets_only_and_get_safe_rel() -> None:
    """javascript: and data: links lose their target; web links get noopener noreferrer nofollow."""
    out = sanitise('<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a>'
                   '<a href="https://floraison.test/">ok</a>')
    assert "javascript" not in out and "data:text" not in out
    assert 'href="https://floraison.test/"' in out
    assert 'rel="noopener noreferrer nofollow"' in out


def test_html_part_is_found_in_multipart_mail() -> None:
    """The text/html alternative is extracted and decoded; a plain mail has none."""
    raw = request_email("texte", html="<p>Effacez mes données, s'il vous plaît</p>")
    assert html_part(raw) == "<p>Effacez mes données, s'il vous plaît</p>"
    assert html_part(request_email("texte seul")) is None
    shown = shown_body(request_email("texte seul"), "texte seul")
    assert shown.html is None and shown.text == "texte seul"


def test_broken_html_never_raises() -> None:
    """Unclosed tags and junk come out as harmless markup."""
    out = sanitise("<div><p><b>gras<table><tr><td>cellule</i></script><<img src=x onerror=alert(1)>")
    assert "onerror" not in out and "<script" not in out
    assert "cellule" in out
