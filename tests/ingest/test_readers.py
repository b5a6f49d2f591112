"""Each kind of input read into Documents: text, JSON Lines, HTML, RSS/Atom, standard input, folders."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from bilat.ingest import ReadOptions, document_from_text, make_doc_id, read_inputs
from bilat.model import Document, InputError


def _documents(inputs: list[str], options: ReadOptions | None = None) -> list[Document]:
    items = list(read_inputs(inputs, options or ReadOptions()))
    assert all(isinstance(item, Document) for item in items), items
    return [item for item in items if isinstance(item, Document)]


def test_text_file_is_one_document_dated_by_its_dateline(data_dir: Path) -> None:
    [document] = _documents([str(data_dir / "wire-with-year.txt")])
    assert document.text.startswith("NEW DELHI, 12 February 2024 (Test Wire): India and Bangladesh")
    assert (document.date, document.date_basis) == (dt.date(2024, 2, 12), "dateline")
    assert document.dateline is not None and document.dateline.place == "New Delhi"
    assert document.source == "Test Wire"
    assert document.origin == str(data_dir / "wire-with-year.txt")
    assert document.language == "en"


def test_jsonl_gives_one_document_per_line_with_its_fields(data_dir: Path) -> None:
    path = data_dir / "records.jsonl"
    first, second = _documents([str(path)])
    assert first.id == "test-chile-peru"
    assert (first.date, first.date_basis) == (dt.date(2023, 10, 4), "metadata")
    assert (first.title, first.url, first.source) == (
        "Chile and Peru hold talks on migration",
        "https://example.org/chile-peru",
        "Test Wire",
    )
    assert first.origin == f"{path}:1"
    assert second.origin == f"{path}:3"
    assert second.id == make_doc_id(second.text)
    assert (second.date, second.date_basis) == (None, "unknown")
    assert second.source == "Test Wire"  # from the dateline's outlet


def test_jsonl_fields_can_be_renamed(tmp_path: Path) -> None:
    path = tmp_path / "renamed.jsonl"
    path.write_text(
        '{"body": "Mexico and Guatemala agreed on Monday to step up patrols along their border.", '
        '"meta": {"published": "2024-05-06"}, "headline": "Border patrols", "key": 42}\n',
        encoding="utf-8",
    )
    options = ReadOptions(fields={"text": "body", "date": "meta.published", "title": "headline", "id": "key"})
    [document] = _documents([str(path)], options)
    assert (document.id, document.title, document.date) == ("42", "Border patrols", dt.date(2024, 5, 6))


def test_jsonl_unreadable_date_is_ignored_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text('{"date": "sometime in spring", "text": "Peru and Bolivia held talks on trade."}\n')
    [document] = _documents([str(path)])
    assert document.date is None
    assert "sometime in spring" in document.date_note


def test_html_page_gives_main_text_title_date_and_url(data_dir: Path) -> None:
    [document] = _documents([str(data_dir / "page.html")])
    assert document.text.startswith("OSLO, Oct. 2 (Test Wire) -- Norway and Sweden agreed")
    assert "Subscribe now" not in document.text and "Cookie settings" not in document.text
    assert "font-family" not in document.text
    assert "in Oslo & said" in document.text
    assert document.title == "Norway and Sweden agree on joint Arctic patrols | Test Wire"
    assert (document.date, document.date_basis) == (dt.date(2024, 10, 2), "metadata")
    assert document.url == "https://example.org/norway-sweden"


def test_rss_feed_gives_one_document_per_entry(data_dir: Path) -> None:
    path = data_dir / "feed.rss"
    first, second = _documents([str(path)])
    assert first.id == "test-brazil-argentina"
    assert first.text.startswith("BRASILIA, Oct. 3 (Test Wire) -- Brazil and Argentina signed")
    assert "<p>" not in first.text and "\n\nThe deal was signed" in first.text
    assert (first.date, first.title, first.url) == (
        dt.date(2024, 10, 3),
        "Brazil and Argentina sign energy deal",
        "https://example.org/brazil-argentina",
    )
    assert first.source == "Test Wire World"
    assert (first.origin, second.origin) == (f"{path}#1", f"{path}#2")
    assert second.date == dt.date(2024, 10, 4)


def test_atom_feed_entry_is_read_from_its_content(data_dir: Path) -> None:
    [document] = _documents([str(data_dir / "feed.atom")])
    assert document.id == "urn:test:vietnam-indonesia"
    assert document.text.startswith("HANOI, Oct. 1 (Test Wire) -- Vietnam and Indonesia")
    assert document.date == dt.date(2025, 10, 1)


def test_stdin_is_read_as_plain_text() -> None:
    stream = io.StringIO("LIMA (Test Wire) - Peru's foreign ministry summoned Bolivia's envoy on Monday.")
    [item] = list(read_inputs(["-"], stdin=stream))
    assert isinstance(item, Document)
    assert item.origin == "-"
    assert item.text.startswith("LIMA (Test Wire) - Peru's")


def test_folder_is_walked_in_sorted_order_keeping_known_kinds(tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "second.txt").write_text("Morocco and Spain signed a fisheries accord on Friday.")
    (tmp_path / "a.txt").write_text("Ghana and Togo agreed to reopen their border on Saturday.")
    (tmp_path / "notes.md").write_text("# not an input")
    (tmp_path / ".hidden.txt").write_text("Hidden files are left out of a folder walk entirely.")
    origins = [document.origin for document in _documents([str(tmp_path)])]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "second.txt")]


def test_glob_keeps_the_known_kinds_it_matches(data_dir: Path) -> None:
    documents = _documents([str(data_dir / "*.rss"), str(data_dir / "*.atom")])
    assert [document.id for document in documents] == [
        "test-brazil-argentina",
        "test-egypt-restraint",
        "urn:test:vietnam-indonesia",
    ]


def test_same_file_named_twice_is_read_once(data_dir: Path) -> None:
    path = str(data_dir / "wire-with-year.txt")
    assert len(_documents([path, path])) == 1


def test_date_option_overrides_every_other_date(data_dir: Path) -> None:
    options = ReadOptions(date=dt.date(2030, 1, 2))
    documents = _documents([str(data_dir)], options)
    assert len(documents) == 7
    dates = {(document.date, document.date_basis) for document in documents}
    assert dates == {(dt.date(2030, 1, 2), "given")}


def test_source_option_names_the_outlet_of_every_input(data_dir: Path) -> None:
    documents = _documents([str(data_dir)], ReadOptions(source="My Outlet"))
    assert {document.source for document in documents} == {"My Outlet"}


def test_unknown_field_in_the_mapping_is_refused() -> None:
    from bilat.errors import ConfigError

    with pytest.raises(ConfigError, match="headline"):
        ReadOptions(fields={"headline": "title"})


def test_read_options_are_hashable_values() -> None:
    assert hash(ReadOptions(fields={"text": "body"})) == hash(ReadOptions(fields={"text": "body"}))


@pytest.mark.parametrize(
    "text",
    [
        "KAMPALA (Test Wire) - Uganda and Rwanda agreed on Monday to\nreopen their main border post.",
        "  Uganda and Rwanda agreed on Monday\tto reopen their main border post.  ",
    ],
)
def test_id_is_stable_and_ignores_line_endings_and_spacing(tmp_path: Path, text: str) -> None:
    unix = tmp_path / "unix.txt"
    windows = tmp_path / "windows.txt"
    unix.write_bytes(text.encode("utf-8"))
    windows.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    first = _documents([str(unix)])[0]
    again = _documents([str(unix)])[0]
    other = _documents([str(windows)])[0]
    assert first.id == again.id == other.id
    assert first.id.startswith("doc-") and len(first.id) == 20
    assert "\r" not in other.text


def test_different_texts_get_different_ids() -> None:
    assert make_doc_id("Chad and Niger met.") != make_doc_id("Chad and Mali met.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Line one\r\nLine two\rLine three", "Line one\nLine two\nLine three"),
        ("\ufeffSerbia and Hungary opened a rail line.", "Serbia and Hungary opened a rail line."),
        (
            "<p>Qatar &amp; Oman held talks.</p><p>They agreed.</p>",
            "Qatar & Oman held talks.\n\nThey agreed.",
        ),
        ("Prices rose 5% as 3 < 4 in talks on Monday.", "Prices rose 5% as 3 < 4 in talks on Monday."),
    ],
)
def test_text_is_cleaned_but_otherwise_kept(raw: str, expected: str) -> None:
    assert document_from_text(raw).text == expected


def test_document_from_text_takes_the_date_as_given() -> None:
    document = document_from_text(
        "Croatia and Slovenia agreed on a new border crossing.", date=dt.date(2024, 4, 4), doc_id="hr-si"
    )
    assert (document.id, document.date, document.date_basis, document.origin) == (
        "hr-si",
        dt.date(2024, 4, 4),
        "given",
        "<text>",
    )


def test_document_from_text_refuses_an_empty_text() -> None:
    from bilat.errors import InputReadError

    with pytest.raises(InputReadError, match="empty"):
        document_from_text(" \n\t ")


def test_non_english_text_is_kept_when_english_only_is_off(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le ministre des Affaires étrangères a reçu jeudi son homologue sénégalais pour parler de la "
        "coopération économique entre les deux pays.",
        encoding="utf-8",
    )
    [document] = _documents([str(path)], ReadOptions(english_only=False))
    assert document.language == "fr"


def test_reader_yields_only_documents_and_errors(data_dir: Path) -> None:
    items = list(read_inputs([str(data_dir), str(data_dir / "missing.txt")]))
    assert all(isinstance(item, Document | InputError) for item in items)
    assert isinstance(items[-1], InputError)
