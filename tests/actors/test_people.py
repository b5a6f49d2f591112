"""Well-known people in the gazetteer: people.toml, person lookups, offices by year, patterns, user files."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path
from typing import Any

import country_converter
import pytest

from bilat.actors.entries import Entry, Office, Person
from bilat.actors.gazetteer import Gazetteer, default_gazetteer, spacy_patterns
from bilat.actors.phrases import normalise
from bilat.actors.tables import _check_people, builtin_people
from bilat.errors import ConfigError

DATA = Path(__file__).resolve().parents[2] / "src" / "bilat" / "actors" / "data"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="module")
def patterns(gaz: Gazetteer) -> list[dict[str, object]]:
    return spacy_patterns(gaz)


def _code(gaz: Gazetteer, phrase: str) -> str | None:
    entry = gaz.lookup(phrase)
    return None if entry is None else entry.code


# ------------------------------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Vladimir Putin", "RUS.HOS"),
        ("Putin", "RUS.HOS"),
        ("Narendra Modi", "IND.HOG"),
        ("Modi", "IND.HOG"),
        ("Lavrov", "RUS.GOV"),
        ("Sergei Lavrov", "RUS.GOV"),
        ("Sergey Lavrov", "RUS.GOV"),
        ("Erdogan", "TUR.HOS"),
        ("Erdoğan", "TUR.HOS"),
        ("Recep Tayyip Erdogan", "TUR.HOS"),
        ("Zelenskiy", "UKR.HOS"),
        ("Zelensky", "UKR.HOS"),
        ("Zelenskyy", "UKR.HOS"),
        ("Volodymyr Zelenskyy", "UKR.HOS"),
        ("Xi Jinping", "CHN.HOS"),
        ("Xi", "CHN.HOS"),
        ("Wang Yi", "CHN.GOV"),
        ("Mao Ning", "CHN.GOV"),
        ("Lin Jian", "CHN.GOV"),
        ("Wang Wenbin", "CHN.GOV"),
        ("Dmitry Peskov", "RUS.GOV"),
        ("Peskov", "RUS.GOV"),
        ("Maria Zakharova", "RUS.GOV"),
        ("Matthew Miller", "USA.GOV"),
        ("John Kirby", "USA.GOV"),
        ("Netanyahu", "ISR.HOG"),
        ("Macron", "FRA.HOS"),
        ("Scholz", "DEU.HOG"),
        ("Kishida", "JPN.HOG"),
        ("Blinken", "USA.GOV"),
        ("Lula", "BRA.HOS"),
        ("Luiz Inacio Lula da Silva", "BRA.HOS"),
        ("Luiz Inácio Lula da Silva", "BRA.HOS"),
        ("Mohammed bin Salman", "SAU.HOG"),
        ("MBS", "SAU.HOG"),
        ("Kim Jong Un", "PRK.HOS"),
        ("Kim Jong-un", "PRK.HOS"),
        ("Faustin-Archange Touadera", "CAF.HOS"),
        ("Touadéra", "CAF.HOS"),
        ("Abdel Fattah el-Sisi", "EGY.HOS"),
        ("Assimi Goita", "MLI.HOS"),
        ("Ibrahim Traore", "BFA.HOS"),
        ("Hemedti", "SDN.REB"),
        ("Ahmed al-Sharaa", "SYR.HOS"),
        ("Lukashenka", "BLR.HOS"),
        ("Tokayev", "KAZ.HOS"),
        ("Marcos Jr.", "PHL.HOS"),
        ("Sheinbaum", "MEX.HOS"),
        ("AMLO", "MEX.HOS"),
        ("Guterres", "UN.SG"),
        ("António Guterres", "UN.SG"),
        ("Stoltenberg", "NATO"),
        ("Mark Rutte", "NATO"),
        ("Ursula von der Leyen", "EU.COM"),
        ("Kaja Kallas", "EU.EEAS"),
        ("Josep Borrell", "EU.EEAS"),
        ("Moussa Faki Mahamat", "AU.COM"),
        ("Rafael Grossi", "UN.IAEA"),
        ("Tedros", "UN.WHO"),
        ("Kristalina Georgieva", "IMF"),
        ("Valery Gerasimov", "RUS.MIL"),
        ("Pete Hegseth", "USA.MIL"),
        ("Andrei Belousov", "RUS.MIL"),
        ("Reagan", "USA.HOS"),
        ("George W. Bush", "USA.HOS"),
        ("Gbagbo", "CIV.HOS"),
        ("Askar Akayev", "KGZ.HOS"),
        ("Mikhail Gorbachev", "RUS.HOS"),
        ("Suharto", "IDN.HOS"),
        ("Ellen Johnson-Sirleaf", "LBR.HOS"),
        ("Kibaki", "KEN.HOS"),
        ("Blaise Compaore", "BFA.HOS"),
        ("Meles Zenawi", "ETH.HOG"),
        ("Robert Kocharian", "ARM.HOS"),
    ],
)
def test_people_and_their_aliases_resolve_to_their_office(gaz: Gazetteer, phrase: str, code: str) -> None:
    entry = gaz.lookup(phrase)
    assert entry is not None
    assert (entry.code, entry.kind) == (code, "person")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("MBS", "Mohammed bin Salman"),
        ("Lula", "Luiz Inácio Lula da Silva"),
        ("Lavrov's", "Sergey Lavrov"),
        ("Kallas\u2019", "Kaja Kallas"),
    ],
)
def test_person_gives_the_record_with_its_display_name(gaz: Gazetteer, phrase: str, name: str) -> None:
    person = gaz.person(phrase)
    assert person is not None
    assert person.name == name


@pytest.mark.parametrize("phrase", ["Russia", "the Kremlin", "president", "Nobody Inparticular"])
def test_person_is_none_for_what_is_not_a_person(gaz: Gazetteer, phrase: str) -> None:
    assert gaz.person(phrase) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "Kim",
        "Lee",
        "Wang",
        "Li",
        "Khan",
        "Singh",
        "Johnson",
        "Jones",
        "Lopez",
        "Sharif",
        "Abbas",
        "Sanchez",
        "Marcos",
        "Park",
        "Moon",
        "Castro",
        "Aoun",
        "Berdimuhamedow",
        "Salman",
        "Bin Salman",
        "Duque",
        "Santos",
        "Fernandez",
        "Harris",
        "Austin",
        "Miller",
        "Kirby",
        "Larijani",
        "Hayashi",
        "Petro",
        "Burhan",
        "Ghani",
    ],
)
def test_common_or_shared_surnames_are_not_indexed(gaz: Gazetteer, phrase: str) -> None:
    assert gaz.lookup(phrase) is None


@pytest.mark.parametrize("phrase", ["putin", "vladimir putin", "trump", "xi", "erdogan", "mbs", "Mbs"])
def test_names_do_not_match_in_lower_case(gaz: Gazetteer, phrase: str) -> None:
    assert gaz.lookup(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("PUTIN", "RUS.HOS"),
        ("VLADIMIR PUTIN", "RUS.HOS"),
        ("Von der Leyen", "EU.COM"),
        ("Von Der Leyen", "EU.COM"),
        ("Mohammed Bin Salman", "SAU.HOG"),
        ("Ahmed Al-Sharaa", "SYR.HOS"),
    ],
)
def test_names_match_capitalised_or_in_capitals(gaz: Gazetteer, phrase: str, code: str) -> None:
    assert _code(gaz, phrase) == code


def test_a_short_name_does_not_match_in_capitals(gaz: Gazetteer) -> None:
    assert gaz.lookup("XI") is None  # the Roman numeral, not Xi Jinping


# ------------------------------------------------------------------------------------------------ the table


def _iso3() -> set[str]:
    data = country_converter.CountryConverter().data
    return {str(code) for code in data["ISO3"] if isinstance(code, str)}


def _igo_codes() -> set[str]:
    with (DATA / "igos.toml").open("rb") as handle:
        table = tomllib.load(handle)
    return set(table["igo"]) | set(table["organ"])


def test_the_table_holds_hundreds_of_people() -> None:
    assert len(builtin_people()) >= 350


def test_every_office_is_an_iso3_state_with_a_role_or_a_known_igo_code() -> None:
    states, igos = _iso3(), _igo_codes()
    roles = {"HOS", "HOG", "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB"}
    wrong = [
        (person.name, office.code)
        for person in builtin_people()
        for office in person.offices
        if not (
            office.code in igos
            or (office.code.split(".")[0] in states and office.code.partition(".")[2] in roles)
        )
    ]
    assert wrong == []


def test_every_office_has_years_within_the_period_it_covers() -> None:
    wrong = [
        (person.name, office)
        for person in builtin_people()
        for office in person.offices
        if office.start is None
        or not 1946 <= office.start <= 2026
        or (office.end is not None and not office.start <= office.end <= 2026)
    ]
    assert wrong == []


def test_every_person_held_an_office_between_2015_and_2025_or_led_a_state_or_deputised_before() -> None:
    idle = [
        p.name
        for p in builtin_people()
        if not any(p.code_in(year) for year in range(2015, 2026))
        and not all(o.code.endswith((".HOS", ".HOG", ".GOV")) for o in p.offices)
    ]
    assert idle == []


def test_no_spelling_maps_to_two_codes(gaz: Gazetteer) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for entry in gaz.entries():
        if entry.kind == "person":
            key = normalise(entry.phrase).casefold().replace("-", " ")
            if seen.setdefault(key, entry.code) != entry.code:
                clashes.append((entry.phrase, seen[key], entry.code))
    assert clashes == []


def test_people_do_not_shadow_other_tables(gaz: Gazetteer) -> None:
    others = {normalise(e.phrase).casefold() for e in gaz.entries() if e.kind != "person"}
    shadowing = [
        e.phrase for e in gaz.entries() if e.kind == "person" and normalise(e.phrase).casefold() in others
    ]
    assert shadowing == []


def test_people_records_are_the_builtin_ones(gaz: Gazetteer) -> None:
    assert tuple(gaz.people()) == builtin_people()


# --------------------------------------------------------------------------------------------- offices


@pytest.mark.parametrize(
    ("phrase", "year", "code"),
    [
        ("Tusk", 2016, "EU.EUCO"),
        ("Tusk", 2024, "POL.HOG"),
        ("Tusk", 2021, None),
        ("Trump", 2018, "USA.HOS"),
        ("Trump", 2022, None),
        ("Trump", 2025, "USA.HOS"),
        ("Biden", 2015, "USA.GOV"),
        ("Shmyhal", 2025, "UKR.MIL"),
        ("Shmyhal", 2022, "UKR.HOG"),
        ("Mohammed bin Salman", 2019, "SAU.MIL"),
        ("Rutte", 2020, "NLD.HOG"),
        ("Putin", 2030, "RUS.HOS"),
    ],
)
def test_code_in_gives_the_office_held_that_year(
    gaz: Gazetteer, phrase: str, year: int, code: str | None
) -> None:
    person = gaz.person(phrase)
    assert person is not None
    assert person.code_in(year) == code


def test_lookup_gives_the_best_known_office_whatever_the_year(gaz: Gazetteer) -> None:
    person = gaz.person("Donald Tusk")
    assert person is not None
    assert (person.code, _code(gaz, "Donald Tusk")) == ("POL.HOG", "POL.HOG")


@pytest.mark.parametrize(("code", "expected"), [("RUS.HOS", True), ("UN.SG", False), ("EU.COM", False)])
def test_is_state_is_unchanged_for_person_codes(gaz: Gazetteer, code: str, expected: bool) -> None:
    assert gaz.is_state(code) is expected


# ------------------------------------------------------------------------------------------ spaCy patterns


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vladimir Putin", "RUS.HOS"),
        ("Putin", "RUS.HOS"),
        ("PUTIN", "RUS.HOS"),
        ("Erdoğan", "TUR.HOS"),
        ("Erdogan", "TUR.HOS"),
        ("Zelenskiy", "UKR.HOS"),
        ("Ursula von der Leyen", "EU.COM"),
        ("Von der Leyen", "EU.COM"),
        ("Gideon Sa\u2019ar", "ISR.GOV"),
        ("MBS", "SAU.HOG"),
        ("Xi", "CHN.HOS"),
    ],
)
def test_spacy_patterns_include_people_as_case_sensitive_persons(
    patterns: list[dict[str, object]], text: str, code: str
) -> None:
    assert {"label": "PERSON", "pattern": text, "id": code, "case_sensitive": True} in patterns


@pytest.mark.parametrize("text", ["putin", "vladimir putin", "XI", "erdogan"])
def test_spacy_patterns_leave_out_lower_case_names_and_short_capitals(
    patterns: list[dict[str, object]], text: str
) -> None:
    assert all(p["pattern"] != text for p in patterns if p["label"] == "PERSON")


def test_every_person_pattern_is_a_case_sensitive_person(patterns: list[dict[str, object]]) -> None:
    person_codes = {e.code for e in default_gazetteer().entries() if e.kind == "person"}
    people = [p for p in patterns if p["label"] == "PERSON"]
    assert len(people) > 1000
    assert all(p["case_sensitive"] is True and p["id"] in person_codes for p in people)


@pytest.fixture(scope="module")
def ruler_nlp(patterns: list[dict[str, object]]) -> Any:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(
        [
            {
                "label": p["label"],
                "id": p["id"],
                "pattern": [{"ORTH": t.text} for t in nlp.make_doc(str(p["pattern"]))]
                if p["case_sensitive"]
                else p["pattern"],
            }
            for p in patterns
        ]
    )
    return nlp


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Prime Minister Narendra Modi spoke with President Vladimir Putin on Monday.",
            [("Narendra Modi", "IND.HOG"), ("Vladimir Putin", "RUS.HOS")],
        ),
        ("Lavrov said the talks were useful.", [("Lavrov", "RUS.GOV")]),
        ("Erdogan met Zelenskiy in Istanbul.", [("Erdogan", "TUR.HOS"), ("Zelenskiy", "UKR.HOS")]),
        ("Von der Leyen called Xi.", [("Von der Leyen", "EU.COM"), ("Xi", "CHN.HOS")]),
        (
            "Peskov told reporters that Putin's schedule was full.",
            [("Peskov", "RUS.GOV"), ("Putin", "RUS.HOS")],
        ),
    ],
)
def test_an_entity_ruler_built_from_the_patterns_finds_people_in_news(
    ruler_nlp: Any, text: str, found: list[tuple[str, str]]
) -> None:
    people = [(ent.text, ent.ent_id_) for ent in ruler_nlp(text).ents if ent.label_ == "PERSON"]
    assert people == found


# ------------------------------------------------------------------------------------------------ user files


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_adds_people_with_their_offices(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'person = [\n  { name = "Jane Roe", aliases = ["Roe-Smith"], code = "ZZZ.GOV", years = "2020-2022",'
        ' also = ["ZZZ.HOG 2023-"] },\n]\n',
    )
    gaz = Gazetteer.default([path])
    person = gaz.person("Roe-Smith")
    assert person is not None
    assert person == Person(
        "Jane Roe", ("Roe-Smith",), (Office("ZZZ.GOV", 2020, 2022), Office("ZZZ.HOG", 2023, None)), str(path)
    )
    assert _code(gaz, "Jane Roe") == "ZZZ.GOV"


def test_a_user_file_overrides_a_builtin_person(tmp_path: Path) -> None:
    path = _write(tmp_path, 'person = [{ name = "Vladimir Putin", code = "XYZ.HOS", years = "2012-" }]\n')
    gaz = Gazetteer.default([path])
    person = gaz.person("Vladimir Putin")
    assert person is not None
    assert (person.code, person.source, _code(gaz, "Putin")) == ("XYZ.HOS", str(path), "RUS.HOS")


def test_a_person_table_of_codes_gives_a_person_without_years(tmp_path: Path) -> None:
    path = _write(tmp_path, '[person]\n"RUS.GOV" = ["Ivan Petrov"]\n')
    person = Gazetteer.default([path]).person("Ivan Petrov")
    assert person == Person("Ivan Petrov", (), (Office("RUS.GOV"),), str(path))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('person = [{ code = "RUS.GOV" }]', r"person 1 \(None\): 'name'"),
        ('person = [{ name = "A B", code = "rus-1" }]', r"person 1 \('A B'\).*not an actor code"),
        ('person = [{ name = "A B", code = "RUS.GOV", years = "2020-2018" }]', "ends before it starts"),
        ('person = [{ name = "A B", code = "RUS.GOV", years = "since 2020" }]', "write terms like"),
        ('person = [{ name = "A B", code = "RUS.GOV", years = 2020 }]', "'years' must be a string"),
        ('person = [{ name = "A B", code = "RUS.GOV", office = "x" }]', r"unknown keys \['office'\]"),
        ('person = [{ name = "A B", code = "RUS.GOV", aliases = "AB" }]', "'aliases' must be a list"),
        ('person = [{ name = "A B", code = "RUS.GOV", also = ["RUS.MIL x"] }]', "write terms like"),
        ('person = ["A B"]', "person 1 must be a table"),
    ],
)
def test_malformed_person_records_raise_config_error_naming_file_and_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path, text + "\n")
    with pytest.raises(ConfigError, match=message) as caught:
        Gazetteer.default([path])
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("people", "message"),
    [
        ([Person("A B", (), (Office("ZZZ.HOS", 2020),))], "not an ISO3 state or an IGO code"),
        ([Person("A B", (), (Office("RUS.BOSS", 2020),))], "BOSS is not a ROLE code"),
        ([Person("A B", (), (Office("UN.NOPE", 2020),))], "not an ISO3 state or an IGO code"),
        ([Person("A B", (), (Office("RUS.HOS"),))], "needs its years"),
        ([Person("A B", ("A B",), (Office("RUS.HOS", 2020),))], "given twice"),
        (
            [
                Person("A B", ("Bee",), (Office("RUS.HOS", 2020),)),
                Person("C D", ("Bee",), (Office("USA", 2020),)),
            ],
            r"person 2 \('C D'\): 'Bee' also names 'A B'",
        ),
    ],
)
def test_builtin_checks_reject_unknown_codes_missing_years_and_shared_spellings(
    people: list[Person], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        _check_people(people, "people.toml")


def test_builtin_checks_accept_a_spelling_two_holders_of_one_office_share() -> None:
    _check_people(
        [
            Person("A B", ("Bee",), (Office("USA.HOS", 1989, 1993),)),
            Person("C Bee", ("Bee",), (Office("USA.HOS", 2001, 2009),)),
        ],
        "people.toml",
    )


# ------------------------------------------------------------------------------------------------- values


def test_person_entries_carry_the_best_known_code_and_kind() -> None:
    person = Person("A B", ("Bee",), (Office("RUS.HOS", 2012), Office("RUS.HOG", 2008, 2012)), "x.toml")
    assert person.entries() == (
        Entry("A B", "RUS.HOS", "person", "x.toml"),
        Entry("Bee", "RUS.HOS", "person", "x.toml"),
    )


def test_default_with_people_still_builds_in_well_under_a_second() -> None:
    Gazetteer.default()
    start = time.perf_counter()
    gaz = Gazetteer.default()
    elapsed = time.perf_counter() - start
    assert gaz.person("Putin") is not None
    assert elapsed < 0.5


# ---------------------------------------------------------------------------------------------- coverage

_REGIONS = {"Africa", "America", "Asia", "Oceania"}


def test_every_un_member_of_africa_the_americas_asia_and_the_pacific_has_a_leader_in_2025() -> None:
    data = country_converter.CountryConverter().data
    members = {
        str(row["ISO3"])
        for _, row in data.iterrows()
        if row["continent"] in _REGIONS and str(row["UNmember"]) not in {"nan", "<NA>", "None"}
    }
    led = {
        code.split(".")[0]
        for person in builtin_people()
        if (code := person.code_in(2025)) is not None and code.endswith((".HOS", ".HOG"))
    }
    assert sorted(members - led) == []
