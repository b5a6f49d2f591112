"""TABARI/PETRARCH actor and agent dictionaries: parsing, dates, plurals, errors, and use in the gazetteer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from bilat.actors import Gazetteer
from bilat.actors.entries import Entry
from bilat.actors.tabari import (
    DatedCode,
    TabariActor,
    actor_entries,
    agent_entries,
    code_on,
    is_agents_text,
    parse_actors,
    parse_agents,
    read_actors,
    read_agents,
    read_entries,
    stored_phrase,
)
from bilat.errors import ConfigError

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def validate_actors(shared_file: Callable[..., Path]) -> dict[str, TabariActor]:
    actors: dict[str, TabariActor] = {}
    for actor in read_actors(shared_file("eval", "petrarch2", "PETR.Validate.actors.txt")):
        actors.setdefault(actor.phrase, actor)  # as in PETRARCH, a phrase's first definition counts
    return actors


@pytest.fixture(scope="module")
def validate_agents(shared_file: Callable[..., Path]) -> dict[str, tuple[str, bool]]:
    agents = read_agents(shared_file("eval", "petrarch2", "PETR.Validate.agents.txt"))
    return {agent.phrase: (agent.code, agent.prefix) for agent in agents}


# ------------------------------------------------------------------------------ the PETRARCH validation files


@pytest.mark.shared
@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("ARNOR", "ARN"),
        ("AUSTRALIAN", "AUS"),
        ("DANISH", "DNK"),
        ("ZEALAND", "DNK"),
        ("ENT", "ENT"),
        ("CARAS GALADHON", "ELF"),
        ("BARAD-DUR", "MOR"),
        ("INTERPOL", "IGOCOPITP"),
        ("U.N.", "UNO"),
        ("SECURITY COUNCIL", "UNO"),
        ("THE SHIRE", "FRO/BIL/SAM"),
        ("LORIEN", "ELR/GAL"),
        ("BOROMIR", "---"),
        ("PALESTINIAN", "pse"),
        ("PRESIDENT GEORGE W. BUSH", "USAGOV"),
        ("CENTRAL AFRICAN REPUBLIC", "CAF"),
    ],
)
def test_validation_actors_read_with_codes_as_written(
    validate_actors: dict[str, TabariActor], phrase: str, code: str
) -> None:
    assert validate_actors[phrase].code_on(None) == code


@pytest.mark.shared
def test_validation_actors_skip_commented_entries(validate_actors: dict[str, TabariActor]) -> None:
    assert "NASGUL" not in validate_actors
    assert "IMPORTANT NOTE!" not in " ".join(validate_actors)
    assert len(validate_actors) > 150


@pytest.mark.shared
def test_validation_synonyms_know_their_root(validate_actors: dict[str, TabariActor]) -> None:
    assert validate_actors["SMEAGOL"].root == "GOLLUM"
    assert validate_actors["MINAS TIRITH"].root == "GONDOR"


@pytest.mark.shared
@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [  # the dates and codes of the DATE records in PETR.UnitTest.records.xml
        ("SAM GAMGEE", dt.date(1995, 1, 4), "HOBCIV"),
        ("SAM GAMGEE", dt.date(2008, 1, 19), "HOBCIV"),
        ("SAM GAMGEE", dt.date(2010, 1, 6), "HOBMIL"),
        ("SAM GAMGEE", dt.date(2010, 1, 9), "ORCHOB"),
        ("SAM GAMGEE", dt.date(2010, 1, 13), "HOBMIL"),
        ("SAM GAMGEE", dt.date(2012, 12, 31), "HOBGOV"),
        ("HAMFAST GAMGEE", dt.date(1995, 1, 4), "HOB"),
        ("HAMFAST GAMGEE", dt.date(2012, 11, 9), "HOBGOV"),
        ("HAMFAST GAMGEE", dt.date(2014, 1, 4), "HOB"),
        ("SMEAGOL", dt.date(1995, 1, 1), "HOB"),
        ("SMEAGOL", dt.date(1995, 11, 1), "HOBGOV"),
        ("SLINKER", dt.date(2001, 1, 1), "HOBREB"),
        ("ZIMBABWE", dt.date(1978, 12, 23), "RHO"),
        ("ZIMBABWE", dt.date(2001, 1, 1), "ZBW"),
    ],
)
def test_validation_date_restrictions_pick_the_code_of_the_day(
    validate_actors: dict[str, TabariActor], phrase: str, day: dt.date, code: str
) -> None:
    assert validate_actors[phrase].code_on(day) == code


@pytest.mark.shared
@pytest.mark.parametrize(
    ("phrase", "code", "prefix"),
    [
        ("AMBASSADOR", "GOV", False),
        ("AMBASSADORS", "GOV", False),
        ("FOREIGN MINISTER", "GOVFRM", False),
        ("ATTORNEYS GENERAL", "GOV", False),
        ("GOLDEN GEESE", "GGS", False),
        ("CONGRESSES", "LEG", False),
        ("CONGRESSWOMEN", "LEG", False),
        ("MINISTRIES OF SILLY WALKS", "GOV", False),
        ("POLICE", "COP", False),
        ("HUMAN RIGHTS BODY", "NGO", True),
        ("MSF", "NGO", True),
        ("AUTHORITIES", "GOV", False),
    ],
)
def test_validation_agents_expand_plurals_and_sets(
    validate_agents: dict[str, tuple[str, bool]], phrase: str, code: str, prefix: bool
) -> None:
    assert validate_agents[phrase] == (code, prefix)


@pytest.mark.shared
@pytest.mark.parametrize("phrase", ["PARLIAMENTARY OPPOSITIONS", "POLICES", "MEDIAS", "CONGRESS!PERSON!"])
def test_validation_agents_make_no_unwanted_forms(
    validate_agents: dict[str, tuple[str, bool]], phrase: str
) -> None:
    assert phrase not in validate_agents


@pytest.mark.shared
def test_validation_dictionaries_load_into_the_gazetteer(shared_file: Callable[..., Path]) -> None:
    folder = ("eval", "petrarch2")
    gaz = Gazetteer.default(
        [shared_file(*folder, "PETR.Validate.actors.txt"), shared_file(*folder, "PETR.Validate.agents.txt")]
    )
    for phrase, code in [("Arnor", "ARN"), ("Ent", "ENT"), ("Minas Tirith", "GON"), ("K.U.", "USAEDU")]:
        entry = gaz.lookup(phrase)
        assert entry is not None and entry.code == code and entry.kind == "actor"
    assert gaz.role("foreign ministers") == "GOVFRM"
    assert gaz.role("congressmen") == "LEG"


# --------------------------------------------------------------------------------------- our sample files


def test_sample_actors_read_synonyms_comments_and_dates() -> None:
    actors = {a.phrase: a for a in read_actors(DATA / "sample.actors.txt")}
    assert set(actors) == {
        "WAGNER GROUP",
        "WAGNER PMC",
        "PMC WAGNER",
        "AFRICA CORPS",
        "FAUSTIN-ARCHANGE TOUADERA",
        "MINUSCA",
        "US",
    }
    assert actors["PMC WAGNER"].code_on(None) == "RUSMIL"
    assert actors["FAUSTIN-ARCHANGE TOUADERA"].codes == (
        DatedCode("CAFELI", end=dt.date(2016, 3, 30)),
        DatedCode("CAFGOV", dt.date(2016, 3, 30), dt.date(2031, 3, 30)),
    )
    assert actors["AFRICA CORPS"].code_on(dt.date(2023, 6, 1)) is None
    assert actors["AFRICA CORPS"].code_on(dt.date(2025, 1, 16)) == "RUSMIL"


def test_sample_actor_entries_take_the_code_of_the_day() -> None:
    actors = read_actors(DATA / "sample.actors.txt")
    on_day = {e.phrase: e.code for e in actor_entries(actors, dt.date(2010, 5, 1))}
    assert on_day["faustin-archange touadera"] == "CAFELI"
    assert "africa corps" not in on_day
    assert {e.phrase: e.code for e in actor_entries(actors, dt.date(2025, 1, 16))}["africa corps"] == "RUSMIL"


def test_sample_agents_read_sets_plurals_and_prefixes() -> None:
    agents = {a.phrase: (a.code, a.prefix) for a in read_agents(DATA / "sample.agents.txt")}
    assert agents == {
        "PRESS SECRETARY": ("GOV", False),
        "PRESS SECRETARIES": ("GOV", False),
        "MILITARY INSTRUCTOR": ("MIL", False),
        "MILITARY INSTRUCTORS": ("MIL", False),
        "POLICE": ("COP", False),
        "CHIEF OF STAFF": ("MIL", False),
        "CHIEFS OF STAFF": ("MIL", False),
        "DEFENCE OFFICIAL": ("MIL", False),
        "DEFENCE OFFICIALS": ("MIL", False),
        "DEFENCE AUTHORITY": ("MIL", False),
        "DEFENCE AUTHORITIES": ("MIL", False),
        "AID AGENCY": ("NGO", True),
        "AID AGENCIES": ("NGO", True),
    }


def test_agent_entries_mark_prefix_codes() -> None:
    entries = agent_entries(read_agents(DATA / "sample.agents.txt"))
    kinds = {e.phrase: e.kind for e in entries}
    assert kinds["aid agency"] == "agent_prefix"
    assert kinds["press secretary"] == "agent"


def test_sample_dictionaries_override_builtin_entries_in_the_gazetteer() -> None:
    gaz = Gazetteer.default([DATA / "sample.actors.txt", DATA / "sample.agents.txt"])
    entry = gaz.lookup("Wagner Group")
    assert entry is not None
    assert (entry.code, entry.kind, entry.source) == ("RUSMIL", "actor", str(DATA / "sample.actors.txt"))
    minusca = gaz.lookup("MINUSCA")
    assert minusca is not None
    assert minusca.code == "IGOUNOPKO"
    assert gaz.lookup("us") is None
    assert gaz.role("military instructors") == "MIL"
    assert gaz.role("defence authorities") == "MIL"


def test_an_agent_without_a_plural_has_none_in_the_gazetteer() -> None:
    gaz = Gazetteer.default([DATA / "sample.agents.txt"])
    assert gaz.role("police") == "COP"
    assert gaz.role("polices", whole=True) is None  # "POLICE {}": the builtin role's plural is gone too
    assert gaz.role("chiefs of staff") == "MIL"


@pytest.mark.parametrize(("file", "agents"), [("sample.actors.txt", False), ("sample.agents.txt", True)])
def test_agents_files_are_told_by_their_codes(file: str, agents: bool) -> None:
    assert is_agents_text((DATA / file).read_text(encoding="utf-8")) is agents


@pytest.mark.parametrize(
    ("phrase", "stored"),
    [
        ("ARNOR", "arnor"),
        ("CENTRAL AFRICAN REPUBLIC", "central african republic"),
        ("US", "US"),
        ("WHO", "WHO"),
        ("ENT", "ent"),
        ("U.S.", "U.S."),
        ("U.S. ARMY", "u.s. army"),
        ("CHAD", "chad"),
    ],
)
def test_stored_phrases_keep_capitals_only_for_abbreviations(phrase: str, stored: str) -> None:
    assert stored_phrase(phrase) == stored


def test_first_definition_of_a_phrase_in_a_file_wins() -> None:
    actors = parse_actors("PALESTINIAN [pse]\nPALESTINE [PAL]\n+PALESTINIAN\n", "t.actors")
    assert [(e.phrase, e.code) for e in actor_entries(actors)] == [
        ("palestinian", "pse"),
        ("palestine", "PAL"),
    ]


# ----------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("[USA]\n", 1, "before any actor"),
        ("+AMERICA\n", 1, "before any actor"),
        ("ARNOR [ARN\n", 1, "unbalanced brackets"),
        ("# c\nARNOR []\n", 2, "empty code"),
        ("ARNOR [ARN 9008223-911221]\n", 1, "YYMMDD or YYYYMMDD"),
        ("ARNOR [ARN 20121207-20120802]\n", 1, "ends before it starts"),
        ("ARNOR [ARN 20120231-20130101]\n", 1, "not a calendar day"),
        ("ARNOR [ARN ~2012]\n", 1, "date restriction"),
        ("ARNOR\nGONDOR [GON]\n", 1, "has no code"),
        ("ARNOR [ARN] extra\n", 1, "unexpected text"),
        ("<!-- open\nARNOR [ARN]\n", 1, "never closed"),
    ],
)
def test_malformed_actor_lines_raise_with_file_and_line(text: str, line: int, reason: str) -> None:
    with pytest.raises(ConfigError, match=rf"t\.actors:{line}: .*{reason}"):
        parse_actors(text, "t.actors")


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("MINISTER\n", 1, "one code in brackets"),
        ("MINISTER [GOV]\n", 1, "~CODE or CODE~"),
        ("MINISTER {MINISTERS [~GOV]\n", 1, "plural must be written"),
        ("!MINST!_OF_SILLY_WALKS [~GOV]\n", 1, "not defined above"),
        ("!MINST! =\n", 1, "substitution set"),
        ("# c\n!MINST_OF_WALKS [~GOV]\n", 2, "unmatched '!'"),
    ],
)
def test_malformed_agent_lines_raise_with_file_and_line(text: str, line: int, reason: str) -> None:
    with pytest.raises(ConfigError, match=rf"t\.agents:{line}: .*{reason}"):
        parse_agents(text, "t.agents")


def test_problems_can_be_collected_instead_of_raised() -> None:
    problems: list[ConfigError] = []
    actors = parse_actors("ARNOR [ARN 9008223]\nGONDOR [GON]\nROHAN\n", "t.actors", problems)
    assert [a.phrase for a in actors] == ["GONDOR"]
    assert [p.message.split(":")[1] for p in problems] == ["1", "3"]


def test_malformed_dictionary_given_to_the_gazetteer_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.actors"
    path.write_text("ARNOR [ARN]\n+\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.actors:2"):
        Gazetteer.default([path])


def test_read_entries_reads_actor_codes_on_a_day() -> None:
    entries = read_entries(DATA / "sample.actors.txt", dt.date(2010, 5, 1))
    assert {e.phrase: e.code for e in entries}["faustin-archange touadera"] == "CAFELI"


@pytest.mark.parametrize(
    ("day", "code"),
    [(dt.date(2010, 5, 1), "CAFELI"), (dt.date(2016, 3, 30), "CAFGOV"), (dt.date(2031, 3, 30), None)],
)
def test_code_on_gives_a_gazetteer_entry_its_dated_code_of_the_day(day: dt.date, code: str | None) -> None:
    # the gazetteer holds one code per phrase; the document's date picks among the dictionary's
    entry = next(
        e for e in read_entries(DATA / "sample.actors.txt") if e.phrase == "faustin-archange touadera"
    )
    assert code_on(entry, day) == code


def test_code_on_is_none_for_undated_and_non_dictionary_entries() -> None:
    undated = next(e for e in read_entries(DATA / "sample.actors.txt") if e.phrase == "minusca")
    assert code_on(undated, dt.date(2020, 1, 1)) is None
    toml_entry = Entry("valdoria", "VAL", "actor", str(DATA / "user.toml"))
    assert code_on(toml_entry, dt.date(2020, 1, 1)) is None
