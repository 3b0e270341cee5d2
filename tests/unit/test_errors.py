"""one_line: any name fits on one printable line and stays recognisable."""

import os
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from pipeline.errors import one_line


def test_control_characters_are_shown_as_escapes():
    assert one_line("budget\n2026.pdf") == "budget\\n2026.pdf"
    assert one_line("a\tb\rc\x1b[31m") == "a\\tb\\rc\\x1b[31m"
    assert one_line("faktura\u202egnp.pdf") == "faktura\\u202egnp.pdf"   # right-to-left override


def test_undecodable_bytes_of_a_file_name_become_printable():
    name = os.fsdecode(b"takster-\xe6\xf8\xe5.pdf")   # Latin-1 bytes on a UTF-8 file system
    assert one_line(name).encode("utf-8") == b"takster-\\udce6\\udcf8\\udce5.pdf"


def test_danish_names_are_left_as_they_are():
    assert one_line("Næstved/takster 2023 – idrætsanlæg.pdf") == "Næstved/takster 2023 – idrætsanlæg.pdf"


UNSAFE = {"Cc", "Cf", "Cs", "Zl", "Zp"}


@given(st.text())
def test_any_text_becomes_one_encodable_line(text):
    shown = one_line(text)
    assert len(shown.splitlines()) <= 1
    shown.encode("utf-8")   # no lone surrogates left
    assert not any(unicodedata.category(ch) in UNSAFE for ch in shown)


@given(st.text(st.characters(exclude_categories=UNSAFE)))
def test_safe_text_is_unchanged(text):
    assert one_line(text) == text
