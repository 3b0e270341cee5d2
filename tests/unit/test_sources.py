"""sources.yaml is the user's input: a bad entry is a usage error naming it, and no entry
can write outside the raw folder."""

import os

import pytest

from pipeline.errors import UsageError
from pipeline.ingest.sources import SourceEntry, load_sources

GOOD = "  - url: https://example.invalid/b.pdf\n    kind: budget\n    year: 2026\n"


def load(tmp_path, text, raw_dir=None):
    (tmp_path / "sources.yaml").write_text(text)
    return load_sources(tmp_path / "sources.yaml", raw_dir)


def refusal(tmp_path, text, raw_dir=None) -> str:
    with pytest.raises(UsageError) as caught:
        load(tmp_path, text, raw_dir)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(tmp_path / "sources.yaml"))
    return message


@pytest.mark.parametrize("entry, said", [
    ("    name: ../../../x.pdf", "entry 2 (https://example.invalid/c.pdf): name '../../../x.pdf' must be a plain "
                                 "file name, without folders"),
    ("    name: /etc/cron.d/x", "must be a plain file name"),
    ("    name: ..", "must be a plain file name"),
    ("    name: \"a\\0b.pdf\"", "name 'a\\x00b.pdf' has control characters in it"),
    ("    name: \"a\\nb.pdf\"", "name 'a\\nb.pdf' has control characters in it"),
    ("    name: .hidden.pdf", "starts with '.'"),
    ("    name: sources.yaml", "is one the raw folder ignores"),
    ("    name: " + "x" * 300, "longer than 255 bytes"),
])
def test_a_name_that_is_not_a_plain_file_name_is_refused(tmp_path, entry, said):
    text = "sources:\n" + GOOD + "  - url: https://example.invalid/c.pdf\n    kind: budget\n    year: 2026\n" + entry + "\n"
    assert said in refusal(tmp_path, text)


def test_a_name_taken_from_the_url_cannot_climb_out_either(tmp_path):
    text = "sources:\n  - url: https://example.invalid/a/..%2F..%2F..%2Fx.pdf\n    kind: budget\n    year: 2026\n"
    assert "the file name the url ends in ('../../../x.pdf') must be a plain file name" in refusal(tmp_path, text)


@pytest.mark.parametrize("field, said", [
    ("kind: ../../..", "kind '../../..' is not one of budget, tariffs, takster"),
    ("kind: [budget]", "kind '['budget']' is not one of"),
    ("kind: regnskab", "kind 'regnskab' is not one of"),
    ("year: ../../..", "year '../../..' is not a year (2026) or a span of years (2019-2020)"),
    ("year: /tmp", "year '/tmp' is not a year"),
    ("year: true", "year 'True' is not a year"),
])
def test_kind_and_year_must_be_known_values(tmp_path, field, said):
    key = field.split(":")[0]
    lines = {"kind": "    kind: budget", "year": "    year: 2026"}
    lines[key] = "    " + field
    text = "sources:\n  - url: https://example.invalid/b.pdf\n" + "\n".join(lines.values()) + "\n"
    assert said in refusal(tmp_path, text)


@pytest.mark.parametrize("text, said", [
    ("sources: [\n", "not valid YAML: expected the node content, but found '<stream end>' (line 2, column 1)"),
    ("sources:\n\t- url: x\n", "not valid YAML"),
    ("sources: 5\n", "'sources' must be a list of entries, not a number"),
    ("- url: https://example.invalid/b.pdf\n", "must be a mapping with a 'sources' list, not a list"),
    ("source:\n" + GOOD, "unknown key 'source' (only 'sources' is read)"),
    ("sources:\n  - https://example.invalid/b.pdf\n", "entry 1: must be a mapping with url, kind, year"),
    ("sources:\n" + GOOD + "  - kind: budget\n    year: 2026\n", "entry 2: 'url' is missing"),
    ("sources:\n  - url: https://example.invalid/b.pdf\n    year: 2026\n", "entry 1 (https://example.invalid/b.pdf): "
                                                                          "'kind' is missing"),
    ("sources:\n" + GOOD + "    nmae: x.pdf\n", "unknown key 'nmae' (keys: url, kind, year, name)"),
    ("sources:\n  - url: file:///etc/passwd\n    kind: budget\n    year: 2026\n",
     "url must be an http:// or https:// address"),
    ("sources:\n  - url: 5\n    kind: budget\n    year: 2026\n", "url must be an http:// or https:// address"),
    ("sources:\n" + GOOD + GOOD, "entries 1 and 2 both write budget/2026/b.pdf"),
])
def test_a_bad_file_is_one_line_naming_the_entry(tmp_path, text, said):
    assert said in refusal(tmp_path, text)


def test_a_file_that_is_not_utf8_is_a_usage_error(tmp_path):
    (tmp_path / "sources.yaml").write_bytes(b"sources:\n  - url: https://x.invalid/\xe6.pdf\n")
    with pytest.raises(UsageError, match="cannot be read"):
        load_sources(tmp_path / "sources.yaml")


def test_good_entries_and_an_empty_file(tmp_path):
    assert load(tmp_path, "") == [] and load(tmp_path, "sources:\n") == []
    entries = load(tmp_path, "sources:\n" + GOOD + "  - url: https://example.invalid/t\n    kind: tariffs\n"
                   "    year: 2019-2020\n    name: takster 2019-2020.html\n")
    assert entries == [SourceEntry("https://example.invalid/b.pdf", "budget", "2026"),
                       SourceEntry("https://example.invalid/t", "tariffs", "2019-2020", "takster 2019-2020.html")]
    assert entries[1].target(tmp_path) == tmp_path / "takster" / "2019-2020" / "takster 2019-2020.html"


def test_a_linked_folder_leading_out_of_raw_is_refused(tmp_path):
    raw, elsewhere = tmp_path / "raw", tmp_path / "elsewhere"
    raw.mkdir(), elsewhere.mkdir()
    os.symlink(elsewhere, raw / "budget")
    assert "entry 1 (https://example.invalid/b.pdf): budget/2026/b.pdf would be written through a link leading out" in refusal(tmp_path, "sources:\n" + GOOD, raw)


def test_a_folder_where_the_file_should_be_is_refused(tmp_path):
    raw = tmp_path / "raw"
    (raw / "budget" / "2026" / "b.pdf").mkdir(parents=True)
    assert "entry 1 (https://example.invalid/b.pdf): budget/2026/b.pdf is a folder in the raw folder" in refusal(tmp_path, "sources:\n" + GOOD, raw)
