"""pipeline.clean: untrusted text and links to safe plain values."""

from __future__ import annotations

import pytest

from pipeline.clean import canonical_url, plain_text, safe_url


@pytest.mark.parametrize("raw, expected", [
    ("<b>Acme</b> buys <i>Widgets</i>", "Acme buys Widgets"),
    ("Acme<script>alert(1)</script> news", "Acme news"),
    ("P&amp;amp;G &amp;lt;b&amp;gt;CFO&amp;lt;/b&amp;gt;", "P&G CFO"),
    ("  many\n\n spaces\t here ", "many spaces here"),
    ("bell\x07 and nul\x00", "bell and nul"),
    ("", ""),
    (None, ""),
])
def test_plain_text(raw, expected):
    assert plain_text(raw, 500) == expected


def test_plain_text_caps_length_with_an_ellipsis():
    text = plain_text("word " * 1000, 100)
    assert len(text) == 100 and text.endswith("\u2026")


@pytest.mark.parametrize("url, ok", [
    ("https://news.example.com/a", True),
    ("http://news.example.com/a?b=c", True),
    ("javascript:alert(1)", False),
    ("data:text/html;base64,xx", False),
    ("ftp://example.com/file", False),
    ("https://", False),
    ("https://exa mple.com/", False),
    ("https://example.com/" + "a" * 3000, False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_canonical_url_drops_tracking_and_fragment():
    assert canonical_url("HTTPS://News.Example.com/a/?utm_source=rss&id=7#top") == "https://news.example.com/a?id=7"
