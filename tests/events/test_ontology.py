"""The event ontology: the CAMEO and PLOVER tables, the mapping both ways, and validation of broken files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bilat.errors import ConfigError
from bilat.events.ontology import CameoCode, Ontology, default_ontology

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
DIFFERS = "2021 table:"  # how a note that records a difference from CAMEO2PLOVER-2021 starts


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return default_ontology()


@pytest.fixture(scope="module")
def table_2021(shared_file: Callable[..., Path]) -> dict[str, dict[str, str | None]]:
    data: dict[str, dict[str, str | None]] = json.loads(
        shared_file("eval", "plover", "cameo2plover_2021.json").read_text(encoding="utf-8")
    )
    return data


def gdelt_quad(root: str) -> int:
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


# -- the CAMEO table ---------------------------------------------------------------------------------


@pytest.mark.parametrize("root", ROOTS)
def test_every_root_is_present_with_children(onto: Ontology, root: str) -> None:
    assert onto.cameo(root).is_root
    assert any(c.root == root and not c.is_root for c in onto.codes())


def test_table_holds_the_311_codebook_codes_and_the_two_2021_additions(onto: Ontology) -> None:
    codes = [c.code for c in onto.codes()]
    assert len(codes) == 313
    assert {"1213", "1214"} <= set(codes)


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "plover", "mode"),
    [
        ("010", "Make statement, not specified below", 0.0, None, None),
        ("036", "Express intent to meet or negotiate", 4.0, "AGREE", None),
        ("040", "Consult, not specified below", 1.0, "CONSULT", None),
        ("041", "Discuss by telephone", 1.0, "CONSULT", "phone"),
        ("042", "Make a visit", 1.9, "CONSULT", "visit"),
        ("043", "Host a visit", 2.8, "CONSULT", "visit"),
        ("046", "Engage in negotiation", 7.0, "CONSULT", None),
        ("051", "Praise or endorse", 3.4, "SUPPORT", None),
        ("057", "Sign formal agreement", 8.0, "SUPPORT", None),
        ("061", "Cooperate economically", 6.4, "COOPERATE", None),
        ("072", "Provide military aid", 8.3, "AID", None),
        ("074", "Provide military protection or peacekeeping", 8.5, "AID", None),
        ("0874", "Retreat or surrender militarily", 10.0, "RETREAT", "disarm"),
        ("111", "Criticize or denounce", -2.0, "ACCUSE", "disapprove"),
        ("112", "Accuse, not specified below", -2.0, "ACCUSE", "allege"),
        ("120", "Reject, not specified below", -4.0, "REJECT", None),
        ("130", "Threaten, not specified below", -4.4, "THREATEN", None),
        ("138", "Threaten with military force, not specified below", -7.0, "THREATEN", "violence"),
        ("145", "Protest violently, riot, not specified below", -7.5, "PROTEST", "riot"),
        ("154", "Mobilize or increase armed forces", -7.2, "MOBILIZE", "troops"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, "SANCTION", "discontinue"),
        ("172", "Impose administrative sanctions, not specified below", -5.0, "COERCE", "restrict"),
        ("1823", "Kill by physical assault", -10.0, "ASSAULT", None),
        ("190", "Use conventional military force, not specified below", -10.0, "ASSAULT", None),
        ("193", "Fight with small arms and light weapons", -10.0, "ASSAULT", "firearms"),
        ("2042", "Detonate nuclear weapons", -10.0, "ASSAULT", "unconventional"),
    ],
)
def test_codes_agree_with_the_codebook_and_goldstein_scale(
    onto: Ontology, code: str, name: str, goldstein: float, plover: str | None, mode: str | None
) -> None:
    entry = onto.cameo(code)
    assert (entry.name, entry.goldstein) == (name, goldstein)
    assert (entry.plover_type, entry.plover_mode) == (plover, mode)


@pytest.mark.parametrize("root", ROOTS)
def test_quad_class_follows_the_gdelt_convention(onto: Ontology, root: str) -> None:
    assert {c.quad_class for c in onto.codes() if c.root == root} == {gdelt_quad(root)}


def test_every_code_sits_under_its_root_and_parent(onto: Ontology) -> None:
    for entry in onto.codes():
        assert entry.code.startswith(entry.root)
        assert entry.parent is None or onto.is_valid_cameo(entry.parent)


def test_goldstein_weights_lie_within_the_scale(onto: Ontology) -> None:
    assert all(-10.0 <= c.goldstein <= 10.0 for c in onto.codes())


def test_every_code_outside_root_01_maps_to_a_plover_type(onto: Ontology) -> None:
    types = {t.name for t in onto.types()}
    unmapped = [c.code for c in onto.codes() if c.root != "01" and c.plover_type not in types]
    assert unmapped == []


def test_root_01_statements_have_no_plover_type_and_say_why(onto: Ontology) -> None:
    statements = [c for c in onto.codes() if c.root == "01"]
    assert len(statements) == 11
    assert all(c.plover_type is None and "PLOVER drops" in c.note for c in statements)


def test_appeals_map_to_request_with_the_mode_of_the_matching_demand(onto: Ontology) -> None:
    pairs = [("021", "101"), ("0253", "1053"), ("024", "104"), ("026", "106")]
    for appeal, demand in pairs:
        assert onto.cameo(appeal).plover_type == "REQUEST"
        assert onto.cameo(appeal).plover_mode == onto.cameo(demand).plover_mode


# -- agreement with CAMEO2PLOVER-2021 ----------------------------------------------------------------


def _reading(entry: dict[str, str | None]) -> tuple[str | None, str | None, frozenset[str]]:
    contexts = entry["context"] or ""
    mode = entry["mode"] or None
    return entry["plover_event"], mode, frozenset(c.strip() for c in contexts.split(";") if c)


def _ours(entry: CameoCode) -> tuple[str | None, str | None, frozenset[str]]:
    return entry.plover_type, entry.plover_mode, frozenset(entry.contexts)


@pytest.mark.shared
def test_every_code_of_the_2021_table_is_in_ours(
    onto: Ontology, table_2021: dict[str, dict[str, str | None]]
) -> None:
    assert [code for code in table_2021 if not onto.is_valid_cameo(code)] == []


@pytest.mark.shared
def test_each_difference_from_the_2021_table_is_noted(
    onto: Ontology, table_2021: dict[str, dict[str, str | None]]
) -> None:
    silent = [
        code
        for code, entry in table_2021.items()
        if _ours(onto.cameo(code)) != _reading(entry) and not onto.cameo(code).note.startswith(DIFFERS)
    ]
    assert silent == []


@pytest.mark.shared
def test_no_note_claims_a_difference_that_is_not_there(
    onto: Ontology, table_2021: dict[str, dict[str, str | None]]
) -> None:
    claimed = [c.code for c in onto.codes() if c.note.startswith(DIFFERS)]
    assert claimed, "the table records its differences from 2021"
    assert [code for code in claimed if _ours(onto.cameo(code)) == _reading(table_2021[code])] == []


@pytest.mark.parametrize(
    ("code", "plover", "mode"),
    [
        ("163", "SANCTION", "discontinue"),  # FORMAT.md: sanctions are SANCTION
        ("116", "SANCTION", "convict"),  # the manual: a court finding guilt
        ("055", "CONCEDE", None),  # the manual: apologies are concessions
        ("0813", "CONCEDE", None),  # the manual: lifting a curfew
        ("185", "ASSAULT", "targeted"),  # 'assassinate' is no PLOVER mode
    ],
)
def test_where_the_manual_and_the_2021_table_disagree_the_manual_wins(
    onto: Ontology, code: str, plover: str, mode: str | None
) -> None:
    entry = onto.cameo(code)
    assert (entry.plover_type, entry.plover_mode) == (plover, mode)
    assert entry.note.startswith(DIFFERS)


# -- the PLOVER table --------------------------------------------------------------------------------


def test_the_sixteen_plover_types_come_in_the_manuals_order(onto: Ontology) -> None:
    assert tuple(t.name for t in onto.types()) == PLOVER_TYPES


@pytest.mark.parametrize(
    ("name", "quad", "score", "needs_recipient"),
    [
        ("AGREE", 1, 2.5, False),
        ("CONSULT", 1, 2.5, False),
        ("AID", 2, 10.0, True),
        ("COOPERATE", 2, 9.5, True),
        ("ACCUSE", 3, -3.0, False),  # the manual's +3 is a sign typo
        ("SANCTION", 4, -6.0, True),  # material conflict, as in its own section
        ("PROTEST", 4, -5.0, False),
        ("ASSAULT", 4, -9.0, False),
    ],
)
def test_plover_types_carry_the_manuals_quad_score_and_recipient_rule(
    onto: Ontology, name: str, quad: int, score: float, needs_recipient: bool
) -> None:
    ptype = onto.plover(name)
    assert (ptype.quad_class, ptype.score, ptype.needs_recipient) == (quad, score, needs_recipient)
    assert ptype.definition


@pytest.mark.parametrize(
    ("name", "modes"),
    [
        ("CONSULT", ("visit", "third-party", "multilateral", "phone")),
        ("ACCUSE", ("disapprove", "investigate", "allege")),
        ("AGREE", ()),
    ],
)
def test_types_list_their_modes(onto: Ontology, name: str, modes: tuple[str, ...]) -> None:
    assert onto.plover(name).modes == modes


def test_a_mode_has_a_meaning(onto: Ontology) -> None:
    assert "telephone" in onto.plover("CONSULT").mode_meaning("phone")
    with pytest.raises(ConfigError, match="no mode 'riot'"):
        onto.plover("CONSULT").mode_meaning("riot")


@pytest.mark.parametrize(
    ("old", "current"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("investigate", "ACCUSE"), ("Fight", "ASSAULT")],
)
def test_old_type_names_resolve_to_current_types(onto: Ontology, old: str, current: str) -> None:
    assert onto.plover(old).name == current


@pytest.mark.parametrize(("old", "mode"), [("DISAPPROVE", "disapprove"), ("INVESTIGATE", "investigate")])
def test_an_old_name_brings_its_mode(onto: Ontology, old: str, mode: str) -> None:
    assert onto.canonical(old) == ("ACCUSE", mode)


def test_an_unknown_plover_type_is_a_config_error(onto: Ontology) -> None:
    with pytest.raises(ConfigError, match="unknown PLOVER type 'NEGOTIATE'"):
        onto.plover("NEGOTIATE")


@pytest.mark.parametrize("context", ["military", "diplomatic", "economic", "peacekeeping", "cbrn", "asylum"])
def test_contexts_are_the_manuals_list(onto: Ontology, context: str) -> None:
    assert len(onto.contexts) == 37
    assert onto.context_meaning(context)


def test_every_mapped_mode_and_context_is_in_the_plover_lists(onto: Ontology) -> None:
    for entry in onto.codes():
        if entry.plover_type is not None and entry.plover_mode is not None:
            assert entry.plover_mode in onto.plover(entry.plover_type).modes, entry.code
        assert set(entry.contexts) <= onto.contexts, entry.code


# -- PLOVER -> CAMEO ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PLOVER_TYPES)
def test_every_plover_type_has_cameo_codes_and_a_typical_one_of_its_own(onto: Ontology, name: str) -> None:
    if name in onto.no_cameo:
        assert onto.no_cameo[name] and not onto.codes_for_plover(name)
        return
    assert onto.codes_for_plover(name)
    assert onto.cameo(onto.cameo_for_plover(name)).plover_type == name


@pytest.mark.parametrize(
    ("plover", "mode", "context", "code"),
    [
        ("CONSULT", None, None, "040"),
        ("CONSULT", "phone", None, "041"),
        ("CONSULT", "visit", None, "042"),
        ("CONSULT", "third-party", "diplomatic", "044"),
        ("CONSULT", "future", None, "040"),  # an auxiliary mode does not change the code
        ("AGREE", None, "economic", "0311"),
        ("AID", None, "military", "072"),
        ("AID", None, "peacekeeping", "074"),
        ("REQUEST", "yield", None, "105"),
        ("ACCUSE", "disapprove", None, "111"),
        ("SANCTION", "discontinue", None, "163"),
        ("SANCTION", "discontinue", "economic", "163"),
        ("RETREAT", "resign", None, "084"),  # no CAMEO code for resigning: the type's default
        ("ASSAULT", "drone", "military", "195"),
        ("DISAPPROVE", None, None, "111"),
        ("INVESTIGATE", None, None, "090"),
        ("DEMAND", None, None, "100"),
        ("FIGHT", "firearms", None, "193"),
    ],
)
def test_cameo_for_plover_picks_the_typical_code(
    onto: Ontology, plover: str, mode: str | None, context: str | None, code: str
) -> None:
    assert onto.cameo_for_plover(plover, mode, context) == code


@pytest.mark.parametrize(("plover", "mode"), [("CONSULT", "riot"), ("AGREE", "visit"), ("ASSAULT", "phone")])
def test_cameo_for_plover_refuses_a_mode_the_type_lacks(onto: Ontology, plover: str, mode: str) -> None:
    with pytest.raises(ConfigError, match=f"no mode '{mode}'"):
        onto.cameo_for_plover(plover, mode)


def test_cameo_for_plover_refuses_an_unknown_context(onto: Ontology) -> None:
    with pytest.raises(ConfigError, match="unknown PLOVER context 'space'"):
        onto.cameo_for_plover("COOPERATE", context="space")


# -- CAMEO look-ups ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["999", "21", "", "0400", "04a", "1215"])
def test_an_unknown_cameo_code_is_a_config_error_not_a_key_error(onto: Ontology, code: str) -> None:
    assert not onto.is_valid_cameo(code)
    with pytest.raises(ConfigError, match=f"unknown CAMEO code '{code}'"):
        onto.cameo(code)


def test_a_code_missing_its_leading_zero_gets_a_hint(onto: Ontology) -> None:
    with pytest.raises(ConfigError, match="did you mean '043'"):
        onto.cameo("43")


@pytest.mark.parametrize("code", ["01", "040", "0311", "1213", "2042"])
def test_known_codes_are_valid(onto: Ontology, code: str) -> None:
    assert onto.is_valid_cameo(code)


def test_default_ontology_is_loaded_once() -> None:
    assert default_ontology() is default_ontology()


# -- user files --------------------------------------------------------------------------------------

CYBER = (
    '{ code = "176", name = "Attack cybernetically", root = "17", quad = 4, goldstein = -7.0, '
    'plover = "COERCE", mode = "cyber", contexts = ["cyber"] }'
)


def write(tmp_path: Path, text: str, name: str = "extra.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_adds_a_code(tmp_path: Path) -> None:
    onto = Ontology.load([write(tmp_path, f"codes = [\n  {CYBER},\n]\n")])
    assert onto.cameo("176").plover_mode == "cyber"
    assert len(list(onto.codes())) == 314


def test_a_user_file_overrides_an_entry(tmp_path: Path) -> None:
    text = (
        'codes = [{ code = "045", name = "Mediate", root = "04", quad = 1, goldstein = 5.0, '
        'plover = "CONSULT", '
        'mode = "third-party", contexts = ["diplomatic", "peacekeeping"] }]\n'
        'typical = [{ type = "CONSULT", context = "peacekeeping", code = "045" }]\n'
    )
    onto = Ontology.load([write(tmp_path, text)])
    assert onto.cameo("045").plover_mode == "third-party"
    assert onto.cameo_for_plover("CONSULT", context="peacekeeping") == "045"
    assert default_ontology().cameo("045").plover_mode is None


def test_a_user_type_without_cameo_code_must_be_listed_as_such(tmp_path: Path) -> None:
    new_type = (
        '[[types]]\nname = "ANNEX"\nquad = 4\nscore = -8.0\nneeds_recipient = true\n'
        'definition = "Formally incorporates territory."\n'
    )
    with pytest.raises(ConfigError, match="no CAMEO code maps to this type"):
        Ontology.load([write(tmp_path, new_type)])
    listed = 'no_cameo = [{ type = "ANNEX", reason = "CAMEO has no annexation code" }]\n' + new_type
    onto = Ontology.load([write(tmp_path, listed)])
    assert onto.plover("annex").quad_class == 4
    with pytest.raises(ConfigError, match="no CAMEO equivalent"):
        onto.cameo_for_plover("ANNEX")


def test_a_missing_user_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read ontology file"):
        Ontology.load([tmp_path / "absent.toml"])


def _code(**fields: object) -> str:
    base: dict[str, object] = {
        "code": "176", "name": "Attack cybernetically", "root": "17", "quad": 4, "goldstein": -7.0,
        "plover": "COERCE",
    }  # fmt: skip
    base.update(fields)
    return "codes = [\n  { " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in base.items()) + " },\n]\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_code(plover="HACK"), "unknown PLOVER type 'HACK'"),
        (_code(plover="DEMAND"), "DEMAND is an old name: use REQUEST"),
        (_code(quad=5), "quad class 5 is out of range 1-4"),
        (_code(goldstein=-12.5), "Goldstein weight -12.5 is outside -10..10"),
        (_code(root="18"), "root '18' is not the code's two-digit prefix '17'"),
        (_code(code="1761"), "parent code '176' is not in the table"),
        (_code(code="211", root="21"), "root '21' is not in the table"),
        (_code(mode="riot"), "mode 'riot' is not among COERCE's modes"),
        (_code(contexts=["cyberspace"]), "context 'cyberspace' is not in the contexts list"),
        (_code(plover_mode="cyber"), "unknown key(s) plover_mode"),
        (_code(goldstein="high"), "goldstein must be a number"),
        (_code().replace('name = "Attack cybernetically", ', ""), "missing key(s) name"),
    ],
)
def test_a_broken_code_entry_is_rejected_naming_file_line_and_entry(
    tmp_path: Path, text: str, reason: str
) -> None:
    path = write(tmp_path, "# a user's extra CAMEO codes\n" + text)
    with pytest.raises(ConfigError) as caught:
        Ontology.load([path])
    message = str(caught.value)
    assert reason in message
    assert f"{path}:3:" in message
    assert "CAMEO code" in message


def test_a_code_given_twice_in_one_file_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, f"codes = [\n  {CYBER},\n  {CYBER},\n]\n")
    with pytest.raises(ConfigError, match="CAMEO code 176: duplicate entry"):
        Ontology.load([path])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('typical = [{ type = "AID", code = "040" }]', "CAMEO code 040 maps to CONSULT, not AID"),
        ('typical = [{ type = "AID", code = "999" }]', "CAMEO code '999' is not in the table"),
        ('typical = [{ type = "AID", mode = "visit", code = "070" }]', "mode 'visit' is not among AID's"),
        ('aliases = [{ name = "PARLEY", type = "CONSULT", mode = "chat" }]', "'chat' is not among CONSULT"),
        ('aliases = [{ name = "AID", type = "SUPPORT" }]', "AID is a current PLOVER type"),
        ('no_cameo = [{ type = "PARLEY", reason = "none" }]', "unknown PLOVER type 'PARLEY'"),
        (
            '[[types]]\nname = "AID"\nquad = 0\nscore = 10.0\nneeds_recipient = true\ndefinition = "Help."',
            "quad class 0 is out of range 1-4",
        ),
        ('contexts = [{ name = "space" }]', "missing key(s) meaning"),
        ("codes = {}", "must be a list of tables"),
        ("verbs = []", "unknown top-level key(s) verbs"),
        ('codes = [{ code = "176" ', "not valid TOML"),
    ],
)
def test_a_broken_plover_entry_is_rejected_naming_the_file(tmp_path: Path, text: str, reason: str) -> None:
    path = write(tmp_path, text + "\n")
    with pytest.raises(ConfigError) as caught:
        Ontology.load([path])
    assert reason in str(caught.value)
    assert str(path) in str(caught.value)


def test_an_ontology_of_ones_own_needs_types(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="defines no PLOVER types"):
        Ontology.load([write(tmp_path, "contexts = []\n")], package_data=False)


def test_an_ontology_of_ones_own_can_replace_the_package_data(tmp_path: Path) -> None:
    text = (
        'contexts = [{ name = "diplomatic", meaning = "diplomacy" }]\n'
        'typical = [{ type = "CONSULT", code = "040" }]\n'
        "codes = [\n"
        '  { code = "04", name = "CONSULT", root = "04", quad = 1, goldstein = 1.0, plover = "CONSULT" },\n'
        '  { code = "040", name = "Consult", root = "04", quad = 1, goldstein = 1.0, plover = "CONSULT" },\n'
        "]\n"
        '[[types]]\nname = "CONSULT"\nquad = 1\nscore = 2.5\nneeds_recipient = false\n'
        'definition = "Meetings."\nmodes = [{ name = "phone", meaning = "remote" }]\n'
    )
    onto = Ontology.load([write(tmp_path, text)], package_data=False)
    assert [c.code for c in onto.codes()] == ["04", "040"]
    assert onto.cameo_for_plover("CONSULT", "phone") == "040"
    assert not onto.is_valid_cameo("041")
