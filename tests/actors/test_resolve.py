"""Actor resolution in running text: people from their titles and later surnames, groups ("the two
presidents", "both countries") and what is not the pair ("the parties to the conflict"), pronouns, role
phrases and metonyms. Each case is a news passage of ours read by the session's Reader; the assertions
look at the :class:`~bilat.model.Mention` covering a given stretch of text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from bilat.actors.resolve import resolve_actors
from bilat.model import Mention, Reading
from bilat.pipeline import Reader, Settings

DATE = "2024-05-16"

SUMMIT = (
    "President Cyril Ramaphosa of South Africa met Nigerian President Bola Tinubu in Abuja on Tuesday. "
    "Ramaphosa said the two presidents discussed trade, and Tinubu said both countries would expand their "
    "ties. Regional leaders urged the parties to the conflict in Sudan to return to talks."
)
FOREIGN_MINISTER = (
    "India's foreign minister Subrahmanyam Jaishankar arrived in Moscow on Monday. He held talks with his "
    "Russian counterpart Sergei Lavrov."
)
SPOKESMAN = (
    "Russian presidential press secretary Dmitry Peskov told reporters that the Kremlin had no plans for "
    "talks with Kyiv."
)
AMBASSADOR = "Xie Feng, the Chinese ambassador to the United States, said Beijing opposed any new tariffs."
ENVOY_NAMED_AFTER = (
    "Russia's ambassador to Moldova, Oleg Vasnetsov, was summoned on Monday. Vasnetsov rejected the "
    "accusations."
)
APPOSITION = (
    "William Ruto, Kenya's president, met Ukraine's President Volodymyr Zelenskiy in Kyiv. Ruto later said "
    "he supported a peaceful settlement."
)
INSTRUCTORS = (
    "Russian instructors have trained soldiers of the CAR government. They also trained officers in the "
    "CAR, and the CAR thanked Russia for its help."
)
AIRSPACE = (
    "In response, Algeria recalled its envoys from Bamako and Niamey and closed its airspace to flights "
    "from Mali."
)
LEADERS = (
    "Brazilian President Luiz Inacio Lula da Silva hosted French President Emmanuel Macron in Belem. The "
    "two leaders visited the Amazon, and they announced an investment plan."
)
SIDES = (
    "Japan's Prime Minister Fumio Kishida and South Korea's President Yoon Suk Yeol met in Seoul. The two "
    "sides agreed to resume defence talks."
)
WANG = (
    "Chinese Foreign Minister Wang Yi met Indonesian Foreign Minister Retno Marsudi in Jakarta. Wang said "
    "China valued its ties with Indonesia. His visit ends on Friday."
)
UN_VOTE = (
    "The CAR, in turn, supports Russia, with its representatives refusing to join resolutions against Moscow."
)
PACT = (
    "Kenya and Ethiopia signed a security pact on Monday. Both countries pledged to share intelligence, "
    "and the parties to the conflict in Sudan were urged to stop fighting."
)
MISSILE = (
    "North Korea fired a ballistic missile on Friday, Japan's defence ministry said. Tokyo protested "
    "through diplomatic channels."
)


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


def mention(reading: Reading, words: str, nth: int = 0) -> Mention:
    """The mention that covers the ``nth`` occurrence of ``words`` (the widest one if several do)."""
    text = reading.document.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    end = start + len(words)
    covering = [m for m in reading.mentions if m.span.start <= start and end <= m.span.end]
    assert covering, f"no mention covers {words!r}; mentions: {[(m.text, m.code) for m in reading.mentions]}"
    return max(covering, key=lambda m: m.span.end - m.span.start)


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# ---- people ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        pytest.param(SUMMIT, "Cyril Ramaphosa", "ZAF.HOS", id="president-x-of-y"),
        pytest.param(SUMMIT, "Bola Tinubu", "NGA.HOS", id="demonym-president-x"),
        pytest.param(FOREIGN_MINISTER, "Subrahmanyam Jaishankar", "IND.GOV", id="ys-foreign-minister-x"),
        pytest.param(SPOKESMAN, "Dmitry Peskov", "RUS.GOV", id="presidential-press-secretary"),
        pytest.param(AMBASSADOR, "Xie Feng", "CHN.GOV", id="x-the-ambassador-to-y"),
        pytest.param(APPOSITION, "William Ruto", "KEN.HOS", id="x-ys-president"),
        pytest.param(ENVOY_NAMED_AFTER, "Oleg Vasnetsov", "RUS.GOV", id="ys-ambassador-to-z-x"),
        pytest.param(FOREIGN_MINISTER, "Sergei Lavrov", "RUS.GOV", id="his-russian-counterpart-x"),
    ],
)
def test_person_takes_the_state_and_role_of_the_title(
    read: Callable[[str], Reading], text: str, name: str, code: str
) -> None:
    m = mention(read(text), name)
    assert (m.code, m.kind) == (code, "person")
    assert m.name is not None and name in m.name


@pytest.mark.parametrize(
    ("text", "surname", "nth", "code"),
    [
        pytest.param(SUMMIT, "Ramaphosa", 1, "ZAF.HOS", id="ramaphosa"),
        pytest.param(SUMMIT, "Tinubu", 1, "NGA.HOS", id="tinubu"),
        pytest.param(APPOSITION, "Ruto", 1, "KEN.HOS", id="ruto"),
        pytest.param(ENVOY_NAMED_AFTER, "Vasnetsov", 1, "RUS.GOV", id="named-after-the-title"),
        pytest.param(WANG, "Wang", 1, "CHN.GOV", id="surname-first-name"),
    ],
)  # fmt: skip
def test_later_surname_is_the_same_person(
    read: Callable[[str], Reading], text: str, surname: str, nth: int, code: str
) -> None:
    m = mention(read(text), surname, nth)
    assert (m.code, m.kind) == (code, "person")


# ---- groups ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "members"),
    [
        pytest.param(SUMMIT, "the two presidents", {"ZAF.HOS", "NGA.HOS"}, id="the-two-presidents"),
        pytest.param(SUMMIT, "both countries", {"ZAF", "NGA"}, id="both-countries"),
        pytest.param(LEADERS, "two leaders", {"BRA.HOS", "FRA.HOS"}, id="the-two-leaders"),
        pytest.param(SIDES, "two sides", {"JPN", "KOR"}, id="the-two-sides"),
    ],
)
def test_group_stands_for_the_pair(
    read: Callable[[str], Reading], text: str, words: str, members: set[str]
) -> None:
    m = mention(read(text), words)
    assert m.kind == "group"
    assert set(m.members) == members


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PACT, id="subject"),
        pytest.param(SUMMIT, id="object-of-urge"),  # the parser hangs 'to the conflict' on 'urged'
    ],
)
def test_parties_to_a_conflict_are_its_state_not_the_pair(read: Callable[[str], Reading], text: str) -> None:
    m = mention(read(text), "the parties")
    assert (m.code, m.members) == ("SDN", ())


# ---- pronouns ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "code"),
    [
        pytest.param(FOREIGN_MINISTER, "He", 0, "IND.GOV", id="he-after-a-title"),
        pytest.param(FOREIGN_MINISTER, "his", 0, "IND.GOV", id="his-counterpart"),
        pytest.param(APPOSITION, "he", 0, "KEN.HOS", id="he-after-surname"),
        pytest.param(WANG, "His", 0, "CHN.GOV", id="his-after-surname-first-name"),
        # an object pronoun is never the subject of its own clause
        pytest.param(
            "Canada's ambassador in Caracas, Michael Brown, left on Friday after Foreign Minister Yvan Gil "
            "declared him persona non grata, calling him a meddler.",
            "him", 1, "CAN.GOV", id="not-the-subject-of-its-clause",
        ),
        pytest.param(
            "Russian border guards detained a Japanese fishing boat and its crew on Saturday, then released "
            "them on Tuesday.",
            "them", 0, "JPN", id="object-of-the-first-act",
        ),
    ],
)  # fmt: skip
def test_personal_pronoun_is_the_last_person(
    read: Callable[[str], Reading], text: str, pronoun: str, nth: int, code: str
) -> None:
    m = mention(read(text), pronoun, nth)
    assert (m.code, m.kind) == (code, "pronoun")


def test_they_after_a_plural_role_phrase(read: Callable[[str], Reading]) -> None:
    assert mention(read(INSTRUCTORS), "They").code == "RUS.MIL"


def test_they_after_a_group(read: Callable[[str], Reading]) -> None:
    m = mention(read(LEADERS), "they")
    assert set(m.members) == {"BRA.HOS", "FRA.HOS"}


@pytest.mark.parametrize(
    ("text", "nth", "code"),
    [
        pytest.param(UN_VOTE, 0, "CAF", id="its-of-the-clause-subject"),
        pytest.param(INSTRUCTORS, 0, "RUS", id="its-of-the-last-state"),
        pytest.param(WANG, 0, "CHN", id="its-after-a-state-subject"),
        pytest.param(AIRSPACE, 1, "DZA", id="its-object-of-a-coordinated-clause"),
        pytest.param("Japan and India held naval drills, as China continues to expand its fleet.", 0, "CHN",
                     id="its-object-of-an-open-clause"),
    ],
)  # fmt: skip
def test_its_is_a_state(read: Callable[[str], Reading], text: str, nth: int, code: str) -> None:
    reading = read(text)
    widest = mention(reading, "its", nth)  # "its representatives" may be a role phrase around it
    [m] = [m for m in reading.mentions if m.kind == "pronoun" and m.span.start == widest.span.start]
    assert m.code == code
    assert m.text == "its"


# ---- role phrases and metonyms -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("Armenia faulted Russian peacekeepers for failing to protect civilians.", "RUS.MIL",
                     id="demonym"),
        pytest.param("Kenya's peacekeepers arrived in Haiti on Tuesday.", "KEN.MIL", id="possessive"),
        pytest.param("Rebels attacked peacekeepers in northern Mali on Tuesday.", "UN.PKO", id="unqualified"),
    ],
)  # fmt: skip
def test_peacekeepers_of_a_state_are_its_troops(read: Callable[[str], Reading], text: str, code: str) -> None:
    assert mention(read(text), "peacekeepers").code == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param(INSTRUCTORS, "CAR government", "CAF.GOV", id="the-car-government"),
        pytest.param(INSTRUCTORS, "Russian instructors", "RUS.MIL", id="russian-instructors"),
        pytest.param(FOREIGN_MINISTER, "Russian counterpart", "RUS.GOV", id="russian-counterpart"),
        pytest.param("Students throughout Indonesia staged protests on Saturday.", "Students", "IDN.EDU",
                     id="throughout-a-state"),
        pytest.param("Syrian government forces attacked Turkish troops in Idlib.", "Syrian government forces",
                     "SYR.MIL", id="government-forces-are-its-military"),
    ],
)  # fmt: skip
def test_role_phrase_takes_its_modifiers_state(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    m = mention(read(text), words)
    assert (m.code, m.kind) == (code, "role")


def test_role_phrase_takes_the_state_of_its_in_phrase(read: Callable[[str], Reading]) -> None:
    m = mention(read(INSTRUCTORS), "officers")
    assert m.entity == "CAF"
    assert m.kind == "role"


@pytest.mark.parametrize(
    ("text", "words", "members"),
    [
        pytest.param(
            "Officials in Kenya and Uganda criticised the decision.",
            "Officials",
            ("KEN.GOV", "UGA.GOV"),
            id="in-phrase",
        ),
        pytest.param(
            "Ethiopian and Somali diplomats met in Nairobi on Monday.",
            "diplomats",
            ("ETH.GOV", "SOM.GOV"),
            id="modifiers",
        ),
        pytest.param(
            "Lawmakers and officials in Kenya and Uganda welcomed the deal.",
            "officials",
            ("KEN.GOV", "UGA.GOV"),
            id="coordinated-with-a-role-phrase-of-coordinated-states",
        ),
        pytest.param(
            "Lawmakers and officials in Kenya and Uganda welcomed the deal.",
            "Lawmakers",
            ("KEN.LEG", "UGA.LEG"),
            id="a-place-phrase-parsed-apart-from-its-second-state",
        ),
        pytest.param(
            "Iraqi protesters gathered outside the Swedish embassy in Baghdad.",
            "embassy",
            (),
            id="not-one-coordination",
        ),
        pytest.param(
            "He urges the Governments of the Democratic Republic of the Congo and Rwanda to implement the "
            "deal.",
            "Governments",
            ("COD.GOV", "RWA.GOV"),
            id="two-objects-of-one-of",
        ),
    ],
)
def test_a_role_phrase_of_coordinated_states_stands_for_each(
    read: Callable[[str], Reading], text: str, words: str, members: tuple[str, ...]
) -> None:
    assert mention(read(text), words).members == members


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Kenyan police arrested dozens of protesters on Tuesday.", "protesters", "KEN.CVL",
                     id="home-institution-on-the-other-side"),
        pytest.param("Students marched on Georgia's parliament on Monday.", "Students", "GEO.EDU",
                     id="the-institution-they-march-on"),
        pytest.param("Hundreds of thousands of people blocked streets in Hong Kong on Sunday.", "people",
                     "HKG.CVL", id="the-place-of-the-clause"),
        pytest.param("Egyptian police fired tear gas to disperse demonstrators on Friday.", "demonstrators",
                     "EGY.CVL", id="subject-of-the-governing-verb"),
    ],
)  # fmt: skip
def test_role_phrase_without_a_state_takes_the_state_of_its_clause(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    m = mention(read(text), words)
    assert (m.code, m.kind) == (code, "role")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("Israeli police killed three militants in a raid on Monday.", "militants",
                     id="armed-group-not-from-police"),
        pytest.param("The German government welcomed President Biden's statement.", "President",
                     id="title-before-a-name"),
    ],
)  # fmt: skip
def test_role_phrase_takes_no_state_its_clause_does_not_give(
    read: Callable[[str], Reading], text: str, words: str
) -> None:
    reading = read(text)
    start = reading.document.text.index(words)
    assert not [m for m in reading.mentions if m.span.start <= start < m.span.end and m.kind == "role"]


def test_possessive_ministry_is_a_role_phrase(read: Callable[[str], Reading]) -> None:
    m = mention(read(MISSILE), "Japan's defence ministry")
    assert (m.code, m.kind) == ("JPN.MIL", "role")


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param(SPOKESMAN, "Kremlin", "RUS.GOV", id="the-kremlin"),
        pytest.param(AMBASSADOR, "Beijing", "CHN", id="beijing-said"),
        pytest.param(MISSILE, "Tokyo", "JPN", id="tokyo-protested"),
    ],
)
def test_metonym_is_its_state(read: Callable[[str], Reading], text: str, words: str, code: str) -> None:
    m = mention(read(text), words)
    assert m.code == code


def test_the_bloc_is_the_latest_organisation_named(read: Callable[[str], Reading]) -> None:
    reading = read("EU ministers met in Brussels. Ukraine called on the bloc to adopt new sanctions.")
    assert mention(reading, "the bloc").code == "EU"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Ethiopia and Eritrea traded accusations at the Security Council on Friday. The Council "
                     "urged the parties to return to talks.", "The Council", "UN.SC", id="the-council"),
        pytest.param("The World Health Organization and the Security Council met. The Organization said the "
                     "outbreak was over.", "The Organization", "UN.WHO",
                     id="the-organisation-whose-name-ends-so"),
        pytest.param("UN peacekeepers reported a strike near their base. The Secretary-General urged Israel "
                     "and Lebanon to respect the ceasefire.", "The Secretary-General", "UN.SG",
                     id="the-un-secretary-general"),
        pytest.param("NATO ministers met in Brussels. The Secretary General said the alliance would stay "
                     "united.", "The Secretary General", "NATO", id="another-secretary-general"),
    ],
)  # fmt: skip
def test_an_organ_named_by_its_last_words_is_the_organ_named_before(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


def test_the_parties_urged_to_act_are_the_pair(read: Callable[[str], Reading]) -> None:
    reading = read("Ethiopia and Eritrea traded accusations at the Security Council on Friday. The Council "
                   "urged the parties to return to talks.")  # fmt: skip
    assert set(mention(reading, "the parties").members) == {"ETH", "ERI"}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        pytest.param("TOKYO (Kyodo) -- Defense Minister Hiro Tanabe will visit Seoul next month.",
                     "Hiro Tanabe", "JPN.MIL", id="tokyo-dateline"),
        pytest.param("NAIROBI, March 3 (Reuters) - Trade Minister Jane Wambui met Ugandan officials.",
                     "Jane Wambui", "KEN.GOV", id="nairobi-dateline"),
    ],
)  # fmt: skip
def test_an_unknown_official_with_a_title_naming_no_state_is_the_datelines(
    read: Callable[[str], Reading], text: str, name: str, code: str
) -> None:
    assert mention(read(text), name).code == code


def test_an_unknown_official_with_a_title_naming_no_state_and_no_dateline_is_no_one(
    read: Callable[[str], Reading],
) -> None:
    reading = read("Defense Minister Hiro Tanabe will visit Seoul next month.")
    assert not [m for m in reading.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("IAEA Director General Rafael Grossi urged Iran to allow inspections.",
                     "IAEA Director General", "UN.IAEA", id="head-of-an-agency"),
        pytest.param("WHO officials said the outbreak in Uganda was under control.", "WHO officials",
                     "UN.WHO", id="officials-of-an-agency"),
    ],
)  # fmt: skip
def test_the_people_of_a_un_agency_are_the_agency(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("A spokesperson for U.N. Secretary-General Antonio Guterres urged Sudan to open roads.",
                     "UN", id="for-an-igo-head"),
        pytest.param("A spokesman for Putin said the Kremlin would respond.", "RUS.GOV",
                     id="for-a-head-of-state"),
        pytest.param("A spokeswoman for the African Union welcomed the truce.", "AU",
                     id="for-an-organisation"),
    ],
)  # fmt: skip
def test_a_spokesperson_for_someone_speaks_for_their_side(
    read: Callable[[str], Reading], text: str, code: str
) -> None:
    assert mention(read(text), "spokes").code == code


# ---- user dictionaries (TABARI/PETRARCH actors) ----------------------------------------------------------

DICTIONARY = """VALDORIA [VAL]
+VALDORIAN
KESTRAN [KES]
+KESTRANI
ALDRIC_VOSS [VAL]
MIRA_TELLAN
    [KESREB <20100101]
    [KESGOV 20100101-20200101]
"""


@pytest.fixture(scope="module")
def dictionary_reader(tmp_path_factory: pytest.TempPathFactory) -> Reader:
    path = Path(tmp_path_factory.mktemp("actors")) / "fiction.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return Reader(Settings(actor_files=(path,)))


@pytest.fixture(scope="module")
def read_with_dictionary(dictionary_reader: Reader) -> Callable[[str], Reading]:
    return lambda text: dictionary_reader.read(text, date=DATE)


@pytest.mark.parametrize(
    ("day", "code"),
    [(dt.date(2005, 6, 1), "KESREB"), (dt.date(2015, 6, 1), "KESGOV"), (None, "KESGOV")],
)
def test_a_dictionary_actor_with_dated_codes_takes_the_code_of_the_documents_day(
    dictionary_reader: Reader, day: dt.date | None, code: str
) -> None:
    # without a day, the gazetteer's own choice: the open-ended latest code (tabari.TabariActor.code_on)
    doc = dictionary_reader.nlp("Mira Tellan met Valdorian officials.")
    index = resolve_actors(doc, dictionary_reader.gazetteer, "d", day=day)
    assert index.at(0) is not None and index.at(0).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(
            "Valdorian President Aldric Voss met Kestrani officials on Monday.", "VAL.HOS", id="title"
        ),
        pytest.param("Valdoria's foreign minister Aldric Voss flew to Kestran.", "VAL.GOV", id="possessive"),
        pytest.param("Aldric Voss met Kestrani officials on Monday.", "VAL", id="no-title"),
        pytest.param("Kestran's ambassador Aldric Voss left on Monday.", "VAL", id="another-states-title"),
    ],
)
def test_a_dictionary_actor_takes_the_role_of_a_title_of_its_own_state(
    read_with_dictionary: Callable[[str], Reading], text: str, code: str
) -> None:
    assert mention(read_with_dictionary(text), "Aldric Voss").code == code


# ---- offices, places and organisations ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        pytest.param("Foreign Minister Taye Atske Selassie met Kenyan President William Ruto in Nairobi.",
                     "Taye Atske Selassie", "ETH.GOV", id="title-of-an-earlier-office-of-the-table"),
        pytest.param("General Secretary Xi Jinping met Vietnamese leaders in Hanoi on Tuesday.",
                     "Xi Jinping", "CHN.HOS", id="title-of-no-office-of-the-table-keeps-the-table"),
    ],
)  # fmt: skip
def test_a_known_person_takes_the_office_the_title_names(
    read: Callable[[str], Reading], text: str, name: str, code: str
) -> None:
    assert mention(read(text), name).code == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Shanghai police detained two Japanese tourists on Sunday.", "Shanghai police",
                     "CHN.COP", id="city-police"),
        pytest.param("Mumbai police arrested two British nationals on Friday.", "Mumbai police", "IND.COP",
                     id="another-city-police"),
        pytest.param("Kano State government officials met the British envoy on Monday.",
                     "Kano State government", "NGA.GOV", id="x-state-government"),
    ],
)  # fmt: skip
def test_role_phrase_named_after_a_city_or_region_is_its_states(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    m = mention(read(text), words)
    assert (m.code, m.kind) == (code, "role")


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("European Union foreign ministers agreed on Monday to extend sanctions against Russia.",
                     "foreign ministers", "EU", id="eu-foreign-ministers"),
        pytest.param("Chinese Foreign Minister Wang Yi met his ASEAN counterparts in Vientiane on Thursday.",
                     "ASEAN counterparts", "ASEAN", id="asean-counterparts"),
        pytest.param("NATO officials said the alliance would send more air defence systems to Kyiv.",
                     "NATO officials", "NATO", id="nato-officials"),
        pytest.param("The IMF's executive board approved a $3 billion loan for Egypt on Friday.",
                     "executive board", "IMF", id="imf-executive-board"),
    ],
)  # fmt: skip
def test_an_organisations_people_are_the_organisation(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Hamas fired rockets at southern Israel on Saturday.", "Hamas", "PSE.REB", id="hamas"),
        pytest.param("Hezbollah said it fired rockets at an Israeli army base.", "Hezbollah", "LBN.REB",
                     id="hezbollah"),
        pytest.param("Amnesty International accused Egypt of torturing detainees.", "Amnesty International",
                     "AMNESTY", id="amnesty"),
        pytest.param("The Red Cross delivered medical supplies to Gaza on Monday.", "Red Cross", "ICRC",
                     id="red-cross"),
        pytest.param("Israeli warplanes struck villages in southern Lebanon on Sunday.", "Israeli warplanes",
                     "ISR.MIL", id="warplanes"),
        pytest.param("M23 rebels seized the airport of Goma on Monday.", "M23", "COD.REB", id="m23"),
        pytest.param("The PKK claimed the attack on a police station.", "PKK", "TUR.REB", id="pkk"),
        pytest.param("The Rapid Support Forces shelled El-Fasher on Sunday.", "Rapid Support Forces",
                     "SDN.REB", id="rsf"),
        pytest.param("UNITA fighters ambushed a convoy near Huambo.", "UNITA", "AGO.REB", id="unita"),
        pytest.param("The Taliban barred women from universities.", "Taliban", "AFG",
                     id="taliban-entity-only"),
        pytest.param("The Pakistani Taliban attacked a checkpoint.", "Pakistani Taliban", "PAK.REB",
                     id="pakistani-taliban-not-afghan"),
        pytest.param("The Soviet Union withdrew its last troops from Afghanistan in 1989.", "Soviet Union",
                     "RUS", id="the-soviet-union-is-russia"),
        pytest.param("European leaders agreed to new sanctions on Thursday.", "European leaders", "EU",
                     id="european-leaders-are-the-bloc"),
        pytest.param("Vietnamese troops shelled Kampuchean guerrilla camps.", "Kampuchean", "KHM.REB",
                     id="historical-demonym"),
    ],
)  # fmt: skip
def test_named_organisations_and_armed_groups_resolve(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Ethnic Kazakhs in western Mongolia asked for new schools.", "Kazakhs", "MNG.CVL",
                     id="ethnic-people-in-a-state"),
        pytest.param("The Hungarians of southern Slovakia demanded bilingual signs.", "Hungarians", "SVK.CVL",
                     id="people-of-a-state"),
        pytest.param("Hundreds of ethnic Uzbeks marched on Sunday in Kyrgyzstan.", "Uzbeks", "KGZ.CVL",
                     id="ethnic-people-placed-by-their-clause"),
        pytest.param("Kazakhs voted on Sunday in a referendum.", "Kazakhs", "KAZ", id="people-at-home"),
        pytest.param("Bosnian Serbs demanded a truce.", "Serbs", "BIH.CVL", id="demonym-before-a-people"),
        pytest.param("Uighurs in Kazakhstan protested on Friday.", "Uighurs", "KAZ.CVL",
                     id="an-ethnic-group-placed-abroad"),
    ],
)  # fmt: skip
def test_a_people_placed_in_another_state_is_that_states_civilians(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Igbo elders demanded a new state on Monday.", "Igbo", "NGA.CVL",
                     id="a-people-of-one-state"),
        pytest.param("Thousands of Rohingya fled across the border last week.", "Rohingya", "MMR.CVL",
                     id="a-people-with-no-place-given"),
        pytest.param("Yoruba leaders met the governor on Tuesday.", "Yoruba leaders", "NGA.CVL",
                     id="a-peoples-leaders-hold-no-office"),
        pytest.param("Rakhine fighters seized a town near the border.", "Rakhine fighters", "MMR.REB",
                     id="a-peoples-fighters-are-rebels"),
        pytest.param("The Amhara regional government imposed a curfew.", "Amhara regional government",
                     "ETH.GOV", id="the-government-of-a-region-named-after-a-people"),
    ],
)  # fmt: skip
def test_an_ethnic_group_is_the_civilians_of_the_state_it_lives_in(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


def test_a_given_name_is_no_ethnic_group(read: Callable[[str], Reading]) -> None:
    reading = read("Karen Bass met Chinese officials on Monday.")
    assert [m.code for m in reading.mentions if m.text.startswith("Karen")] == []


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Pakistan's Foreign Office rejected the allegations.", "Foreign Office", "PAK.GOV",
                     id="another-states-foreign-office"),
        pytest.param("The Foreign Office summoned the Iranian ambassador.", "Foreign Office", "GBR.GOV",
                     id="the-foreign-office"),
        pytest.param("The president of the Riigikogu visited Riga.", "president", "EST.LEG",
                     id="president-of-a-parliament"),
        pytest.param("The president of the European Council called Zelenskiy.", "president", "EU.EUCO",
                     id="president-of-an-organ"),
        pytest.param("Chinese coast guard vessels blocked a Philippine boat.", "Chinese coast guard vessels",
                     "CHN.COP", id="coast-guard"),
        pytest.param("Estonian border guards boarded the tanker.", "Estonian border guards", "EST.COP",
                     id="border-guards"),
        pytest.param("Ukrainian drones struck a refinery in Russia.", "Ukrainian drones", "UKR.MIL",
                     id="drones"),
        pytest.param("Prime Minister Narendra Modi spoke to his Nepalese counterpart on Sunday.",
                     "Nepalese counterpart", "NPL.HOG", id="counterpart-holds-the-same-office"),
        pytest.param("Russian human rights commissioner Tatyana Moskalkova thanked the UAE.",
                     "Tatyana Moskalkova", "RUS.GOV", id="commissioner"),
    ],
)  # fmt: skip
def test_institutions_are_the_state_and_branch_that_own_them(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert mention(read(text), words).code == code


def test_state_deep_in_the_modifiers_of_a_role_noun(read: Callable[[str], Reading]) -> None:
    text = "Russian Tu-95MS strategic bombers and Chinese Xian H-6K bombers flew a joint patrol."
    assert mention(read(text), "Chinese Xian H-6K bombers").code == "CHN.MIL"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("Israeli forces demolished four homes in the West Bank on Tuesday.", "West Bank",
                     id="west-bank"),
        pytest.param("Egypt reopened its crossing into the Gaza Strip.", "Gaza Strip", id="gaza-strip"),
    ],
)  # fmt: skip
def test_the_palestinian_territories_are_palestine(
    read: Callable[[str], Reading], text: str, words: str
) -> None:
    assert mention(read(text), words).code == "PSE"
