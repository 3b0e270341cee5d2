"""Web pages decoded as a browser would, or refused by name; never read in part."""

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import RAW
from pipeline.errors import DocumentRejected
from pipeline.extract import extract_document
from pipeline.ingest.discover import source_of
from pipeline.ingest.html import decode_html, parse_html
from pipeline.ingest.sniff import sniff_format

PAGE_2023 = RAW / "takster" / "2023" / "naestved-takster-2023.html"
TARIFF_ROWS = "<h2>Idrætsanlæg</h2><table><tr><td>Leje af hal, børn</td><td>Kr. pr. time</td><td>125,00</td></tr></table>"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Takster 2024</title></head><body>{body}</body></html>"


def test_a_page_in_windows_1252_that_declares_utf8_reads_as_written():
    original = PAGE_2023.read_bytes()
    assert b'<meta charset="utf-8">' in original
    mislabelled = original.decode("utf-8").encode("cp1252", errors="strict")
    assert parse_html(mislabelled).text_content() == parse_html(original).text_content()
    short = page(TARIFF_ROWS, '<meta charset="utf-8">').encode("cp1252")
    text = parse_html(short).text_content()
    assert "Idrætsanlæg" in text and "børn" in text and "\ufffd" not in text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"])
def test_a_page_with_a_byte_order_mark_is_html_in_its_encoding(tmp_path, encoding):
    path = tmp_path / "takster.html"
    path.write_bytes("\ufeff".encode(encoding) + page(TARIFF_ROWS).encode(encoding))
    assert sniff_format(path) == "html"
    assert "Leje af hal, børn" in parse_html(path.read_bytes()).text_content()


def test_a_page_starting_with_a_long_comment_is_html(tmp_path):
    path = tmp_path / "takster.html"
    licence = "<!-- " + "Copyright Næstved Kommune. Alle rettigheder forbeholdes. " * 400 + "-->\n"
    path.write_text(licence + "<!-- build 42 -->\n" + page(TARIFF_ROWS))
    assert len(licence) > 20_000 and sniff_format(path) == "html"


def test_a_comment_that_never_ends_is_not_a_page(tmp_path):
    path = tmp_path / "takster.html"
    path.write_text("<!-- " + "x" * 2_000_000)
    with pytest.raises(DocumentRejected, match=r"a text file"):
        sniff_format(path)


def test_many_small_comments_then_no_tag_is_not_a_page(tmp_path):
    path = tmp_path / "x.html"
    path.write_text("<!---->" * 600 + "not html")
    with pytest.raises(DocumentRejected, match="a text file"):
        sniff_format(path)


def test_a_page_nested_too_deep_is_refused_by_name(tmp_path):
    path = tmp_path / "takster.html"
    path.write_text(page("<div>" * 300 + TARIFF_ROWS + "</div>" * 300))
    with pytest.raises(DocumentRejected, match="^web page nested too deep: elements more than 255 levels"):
        extract_document(source_of(path, tmp_path))
    assert "Leje af hal" in parse_html(page("<div>" * 200 + TARIFF_ROWS + "</div>" * 200).encode()).text_content()


def test_a_text_over_the_parsers_limit_is_refused_not_emptied():
    with pytest.raises(DocumentRejected, match="^web page over the HTML parser's limits: "):
        parse_html(page("<p>" + "x" * 11_000_000 + "</p>").encode())


@pytest.mark.parametrize("data", [b"", b"   \n", b"<!-- only a comment -->"])
def test_an_empty_page_is_refused(data):
    with pytest.raises(DocumentRejected, match="^unreadable HTML page: Document is empty"):
        parse_html(data)


@given(st.text(st.characters(exclude_categories=["Cs"])),
       st.sampled_from(["utf-8", "windows-1252", "iso-8859-1", "utf-16", "x-unknown", None]))
def test_utf8_bytes_read_as_utf8_whatever_the_page_declares(text, declared):
    head = f'<meta charset="{declared}">' if declared else ""
    written = page(f"<p>{html.escape(text)}</p>", head)
    assert decode_html(written.encode("utf-8")) == written


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_by_name(data):
    try:
        assert isinstance(decode_html(data), str)
    except DocumentRejected as rejection:
        assert rejection.reason == "not a web page: its bytes are text in no known encoding"
