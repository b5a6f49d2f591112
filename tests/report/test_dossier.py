"""The bilateral dossier, built from what bilat stored: the sample article (issue #4's "done when" list)
and hand-written articles about other pairs (tests/data/relations/), rendered as Markdown, HTML and JSON."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import bilat
from bilat import api
from bilat.report.dossier import Dossier, Statement
from bilat.report.render import to_html, to_json, to_markdown
from bilat.store import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "relations"
TODAY = dt.date(2026, 1, 1)


def ingest(tmp_path: Path, *paths: Path) -> str:
    url = f"sqlite:///{tmp_path / 'dossier.db'}"
    report = bilat.ingest([str(p) for p in paths], db=url)
    assert report.ok
    return url


@pytest.fixture(scope="module")
def pairs_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest(tmp_path_factory.mktemp("pairs"), DATA)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, shared_file: Callable[..., Path]) -> Dossier:
    text = shared_file("samples", "tass-2025-01-16-putin-touadera.txt")
    url = ingest(tmp_path_factory.mktemp("sample"), text)
    return api.dossier("RUS", "CAF", url, generated=TODAY)


def section(dossier: Dossier, key: str) -> tuple[Statement, ...]:
    (found,) = [s for s in dossier.sections if s.key == key]
    return found.statements


def saying(dossier: Dossier, key: str, *words: str) -> Statement:
    """The one statement of section ``key`` that holds every pattern in ``words``."""
    found = [s for s in section(dossier, key) if all(re.search(w, s.text) for w in words)]
    assert len(found) == 1, f"{key}: {words} in {[s.text for s in section(dossier, key)]}"
    return found[0]


def cites(statement: Statement, *words: str) -> bool:
    return any(all(w in c.sentence for w in words) for c in statement.citations)


# --- the sample: issue #4's list ------------------------------------------------------------------------


def test_sample_contacts(sample: Dossier) -> None:
    assert cites(saying(sample, "contacts", "16 January 2025", "talks"), "will hold talks")
    assert cites(saying(sample, "contacts", "January 2025", "visited"), "arrived in Moscow")
    assert cites(saying(sample, "contacts", "July 2023", "talks"), "St. Petersburg")
    assert cites(saying(sample, "contacts", "November 2024", "phone call"), "phone call")


def test_sample_peace_agreement_russia_helped_sign(sample: Dossier) -> None:
    assert cites(saying(sample, "political", "2019", "peace agreement"), "peace agreement")
    assert cites(saying(sample, "political", "2019", "Russia mediated"), "helped sign")


def test_sample_security_cooperation(sample: Dossier) -> None:
    aid = saying(sample, "security", "military aid")
    assert cites(aid, "firearms and munitions")
    assert cites(saying(sample, "security", "^By 2024, 10,000 soldiers"), "10,000 soldiers")
    assert saying(sample, "security", "more than 500 law enforcement officers").citations


def test_sample_agreement_registry(sample: Dossier) -> None:
    registry = {(a.date, a.subject) for a in sample.agreements}
    assert ("2018", "military cooperation") in registry
    assert ("2024-08", "military-technical cooperation") in registry
    assert any(date == "2024-11" and "educational center" in subject for date, subject in registry)


def test_sample_un_votes(sample: Dossier) -> None:
    votes = saying(sample, "alignment", "abstained 2 times and voted against 1 time")
    assert "UN General Assembly" in votes.text


def test_sample_trade_series_and_chart(sample: Dossier) -> None:
    saying(sample, "economy", "from USD 0.9 million in 2016 to USD 6 million in 2021")
    assert [(p.period, p.value) for p in sample.trade] == [("2016", 900_000.0), ("2021", 6_000_000.0)]
    assert sample.trade_unit == "USD"


def test_sample_goods_and_sectors(sample: Dossier) -> None:
    exports = saying(sample, "economy", "^Goods Russia exports")
    for good in ("machines and equipment", "ferrous metallurgy products", "chemicals", "furniture", "food"):
        assert good in exports.text
    assert "pigments and dyes" in saying(sample, "economy", "imports").text
    interest = saying(sample, "economy", "interest in cooperation in")
    assert "energy, agriculture, mining, construction and transport" in interest.text


def test_sample_education_and_culture(sample: Dossier) -> None:
    assert cites(saying(sample, "culture", "^Since 2019"), "Russian classes")
    assert cites(saying(sample, "culture", "2022"), "Russia House")
    assert cites(saying(sample, "culture", "November 2024", "educational center"), "educational center")


def test_every_statement_is_cited_with_its_sentence(sample: Dossier) -> None:
    text = (Path(__file__).resolve().parents[3] / "shared" / "samples").joinpath(
        "tass-2025-01-16-putin-touadera.txt"
    )
    body = text.read_text(encoding="utf-8")
    for part in sample.sections:
        for statement in part.statements:
            assert statement.citations, statement.text
            for citation in statement.citations:
                assert body[citation.span.start : citation.span.end].strip() == citation.sentence


# --- other pairs ----------------------------------------------------------------------------------------


def test_one_meeting_reported_twice_is_one_contact_with_two_sources(pairs_db: str) -> None:
    dossier = api.dossier("IND", "JPN", pairs_db, generated=TODAY)
    talks = saying(dossier, "contacts", "4 March 2025", "talks")
    assert {c.outlet for c in talks.citations} == {"Example Wire", "Example Herald"}
    assert len(section(dossier, "contacts")) == 1


def test_other_pair_agreements_trade_and_military(pairs_db: str) -> None:
    dossier = api.dossier("JPN", "IND", pairs_db, generated=TODAY)
    assert [(a.date, a.subject) for a in dossier.agreements] == [
        ("2025-03-04", "semiconductor supply chains")
    ]
    saying(dossier, "economy", "from USD 18 billion in 2020 to USD 22.8 billion in 2024")
    assert cites(saying(dossier, "security", "cooperate militarily"), "joint exercises")


def test_a_dispute_has_a_negative_index_and_conflict_statements(pairs_db: str) -> None:
    dossier = api.dossier("EGY", "ETH", pairs_db, generated=TODAY)
    assert dossier.index_by_year[-1].plover < 0
    assert cites(saying(dossier, "alignment", "Egypt accused Ethiopia"), "accused Ethiopia")
    assert cites(saying(dossier, "alignment", "Ethiopia rejected Egypt"), "rejected the accusation")
    texts = " ".join(s.text for part in dossier.sections for s in part.statements)
    assert "Japan" not in texts and "India" not in texts


def test_since_and_until_limit_the_events(pairs_db: str) -> None:
    dossier = api.dossier("IND", "JPN", pairs_db, since="2025", generated=TODAY)
    dates = [s.date for part in dossier.sections for s in part.statements if s.date and part.key != "economy"]
    assert dates and all(d.lstrip(".") >= "2025" for d in dates)


def test_a_pair_with_nothing_stored_gives_an_empty_dossier(pairs_db: str) -> None:
    dossier = api.dossier("FRA", "BRA", pairs_db, generated=TODAY)
    assert dossier.events == 0
    assert all(not part.statements for part in dossier.sections if part.key != "overview")
    assert "Nothing found" in to_markdown(dossier)


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest(tmp_path_factory.mktemp("examples"), EXAMPLES)


@pytest.mark.parametrize(
    ("a", "b", "section_key"),
    [
        ("JPN", "PHL", "contacts"),
        ("KOR", "PRK", "alignment"),
        ("KEN", "ETH", "economy"),
        ("RUS", "CAF", "security"),
    ],
)
def test_the_examples_make_a_cited_dossier_for_each_pair(
    examples_db: str, a: str, b: str, section_key: str
) -> None:
    dossier = api.dossier(a, b, examples_db, generated=TODAY)
    assert dossier.events > 0
    assert section(dossier, section_key)
    for part in dossier.sections:
        for statement in part.statements:
            assert statement.citations, statement.text
    for render in (to_html, to_json, to_markdown):
        assert dossier.names[1] in render(dossier)


# --- rendering ------------------------------------------------------------------------------------------


def test_markdown_footnotes_and_png_charts(sample: Dossier, tmp_path: Path) -> None:
    text = to_markdown(sample, tmp_path, "rus-caf")
    assert text.startswith("# Russia and the Central African Republic")
    numbers = set(re.findall(r"\[\^(\d+)\]", text))
    defined = set(re.findall(r"^\[\^(\d+)\]:", text, re.MULTILINE))
    assert numbers == defined and defined
    for name in ("rus-caf-overview.png", "rus-caf-economy.png"):
        assert f"]({name})" in text
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")


def test_json_holds_sections_sources_and_series(sample: Dossier) -> None:
    body = json.loads(to_json(sample))
    assert body["pair"] == ["RUS", "CAF"]
    assert {s["key"] for s in body["sections"]} >= {"overview", "contacts", "economy", "culture", "latest"}
    used = {n for s in body["sections"] for st in s["statements"] for n in st["sources"]}
    assert used <= {source["number"] for source in body["sources"]}
    assert body["trade"]["unit"] == "USD"


def test_html_escapes_source_text(tmp_path: Path) -> None:
    article = tmp_path / "escape.txt"
    article.write_text(
        "KYIV, May 6, 2024 (Example Wire) -- Ukraine accused Russia on Monday of shelling a power plant & a "
        'dam near "x<y" and "y>z".\n',
        encoding="utf-8",
    )
    url = ingest(tmp_path, article)
    with Store.open(url) as store:
        assert any("x<y" in e.evidence for e in store.events())
    page = to_html(api.dossier("UKR", "RUS", url, generated=TODAY))
    assert "x<y" not in page and "y>z" not in page
    assert "x&lt;y" in page and "y&gt;z" in page and "plant &amp; a dam" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing fetched from elsewhere


def test_sources_link_to_web_addresses_only(tmp_path: Path) -> None:
    articles = tmp_path / "linked.jsonl"
    text = "Chile and Peru held talks in Lima on Tuesday on a new border crossing."
    articles.write_text(
        json.dumps({"id": "web", "date": "2025-03-04", "url": "https://example.org/a?x=1&y=2", "text": text})
        + "\n"
        + json.dumps({"id": "js", "date": "2025-03-05", "url": "javascript:alert(1)", "text": text})
        + "\n",
        encoding="utf-8",
    )
    dossier = api.dossier("CHL", "PER", ingest(tmp_path, articles), generated=TODAY)
    page = to_html(dossier)
    assert 'href="https://example.org/a?x=1&amp;y=2"' in page
    assert 'href="javascript' not in page
    sources = json.loads(to_json(dossier))["sources"]
    assert {(s["doc_id"], s["url"]) for s in sources} == {
        ("web", "https://example.org/a?x=1&y=2"),
        ("js", "javascript:alert(1)"),
    }
