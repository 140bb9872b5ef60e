"""pipeline.clean: untrusted text and links to safe plain values."""

from __future__ import annotations

import pytest

from pipeline.clean import canonical_url, plain_text, safe_url

from support import best_seconds


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


@pytest.mark.parametrize("raw, expected", [
    ("Acme <script>var a = '<b>';</script>buys <style>p {}</STYLE >Widgets", "Acme buys Widgets"),
    ("before <script>never closed <b>bold</b>", "before"),
    ("5 < 6", "5 < 6"),
    ("<<<b>Acme", "<< Acme"),
    ("&amp;lt;script&amp;gt;x&amp;lt;/script&amp;gt;Acme", "x Acme"),
])
def test_plain_text_scripts_styles_and_stray_brackets(raw, expected):
    assert plain_text(raw, 500) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Invoice \u202egnp.exe", "Invoice gnp.exe"),
    ("\u202aAcme\u202c \u2066CEO\u2069 \u2067x\u2068y", "Acme CEO xy"),
    ("Acme\u200e buys\u200f Widgets\u061c", "Acme buys Widgets"),
    # In right-to-left text a mark places the neutral characters around it, so it stays.
    ("\u05e9\u05dc\u05d5\u05dd\u200f (2026)", "\u05e9\u05dc\u05d5\u05dd\u200f (2026)"),
    ("\u05e9\u05dc\u05d5\u05dd \u202eevil", "\u05e9\u05dc\u05d5\u05dd evil"),
])
def test_plain_text_strips_bidi_controls_that_could_spoof_the_popover(raw, expected):
    assert plain_text(raw, 500) == expected


def test_plain_text_cuts_huge_markup_before_reading_it_without_leaving_a_tag_open():
    text = plain_text("<p>" + "word " * 100_000 + "</p>", 100)
    assert len(text) == 100 and text.startswith("word word")
    assert plain_text("x" * 70_000 + "<a href='https://example.com/very-long'>link</a>", 10) == "x" * 9 + "\u2026"
    assert "<" not in plain_text("y " * 32_000 + "<a href='" + "z" * 10_000 + "'>tail</a>", 100_000)


@pytest.mark.parametrize("unit", ["<", "&lt;", "&amp;lt;", "<script>", "<style x=", "<a <b ", "&#1111"])
def test_plain_text_time_grows_linearly_with_hostile_input(unit):
    # The limit is far above the input, so the patterns themselves are measured, not the cut. Each size
    # doubles the last: linear work grows 8x from the first to the last, quadratic work 64x.
    sizes = [20_000, 40_000, 80_000, 160_000]
    times = [best_seconds(lambda size=size: plain_text(unit * (size // len(unit)), 10_000_000)) for size in sizes]
    ratio = times[-1] / max(times[0], 1e-4)
    assert ratio < 24, [round(t, 4) for t in times]



def _one_entry_feed(summary: bytes, junk_first: bool) -> bytes:
    return ((b"junk " if junk_first else b"") + b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
            b"<item><title>Entry</title><link>https://news.example.com/a</link><description>" + summary
            + b"</description></item></channel></rss>")


@pytest.mark.parametrize("junk_first", [False, True], ids=["strict reader", "feedparser fallback"])
def test_a_hostile_240_kb_feed_costs_no_more_than_a_plain_one(junk_first):
    from pipeline.feeds import parse_feed

    def seconds(summary: bytes) -> float:
        return best_seconds(lambda: parse_feed(_one_entry_feed(summary, junk_first), "https://news.example.com/feed",
                                             "application/rss+xml"), repeats=1)

    plain = seconds(b"word " * 48_000)
    for hostile_summary in (b"&lt;" * 60_000, b"&lt;script&gt;" * 17_000, b"<![CDATA[" + b"<a <b " * 40_000 + b"]]>"):
        assert seconds(hostile_summary) - plain < 3.0, hostile_summary[:20]
