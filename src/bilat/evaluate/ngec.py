"""Actor resolution against the NGEC coder's test cases (``../shared/eval/ngec/*.jsonl``): a short actor
text ("Slovak Soldiers", "Burkina Faso's ruling junta", "Shanghai police") and the country and sector
NGEC expects.

Each line of the file is one test: ``calls`` (the NGEC method and its arguments) and ``asserts``
(``code['country']``, ``code['code_1']`` ... with ``Eq``, ``NotEq``, ``In`` or ``Is``). A case is **in
scope** when its text is given literally (not through a test's data dictionary), it needs no Wikipedia
(no ``query_wiki`` call, no assert on a Wikipedia title or job) and every sector it asserts is one bilat
codes (:data:`OUR_SECTORS`). The others are counted by the reason they are out.

How bilat's codes compare: a head of state or government (HOS, HOG) is NGEC's GOV; a capital or seat
of government named as an actor ("Beijing") stands for its government (GOV), as NGEC has it; the UN and
its organs (the International Court of Justice among them) are NGEC's country UNO, the EU and its
institutions EUR; an organ's sector is what it is (the European Commission and Council GOV, the
European Parliament LEG, a court JUD); an actor bilat cannot resolve is ``None`` (NGEC's "nonsense"
cases expect exactly that). FORMAT.md codes a defence minister or ministry MIL, NGEC every minister,
ministry and department GOV (its cases: "Chile's Defense Ministry", "Defense Minister"): an actor text
naming one that bilat codes MIL is compared as GOV. NGEC's MED is the medical sector (its cases:
ambulances, a medical services alliance), not bilat's media, so a case asserting it is out of scope. A
case passes when every in-scope assert holds.

A case's call may give, after the actor text, a context and a date (``agent_to_code(text, context,
date)``, or the keywords ``known_country`` and ``query_date``): the context is read as the words before
the actor text ("German" + "Defense Minister"), and the date as the date of the text ("2022-06-01", "10
May 2015"; "today" or nothing leaves the text undated), so a person is coded with the office held then.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilat.errors import GoldFormatError
from bilat.evaluate.common import share

OUR_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "CVL", "EDU", ""})
"""NGEC sectors that bilat's roles cover with the same meaning ("" is NGEC's "no sector")."""

_LEADERS = {"HOS": "GOV", "HOG": "GOV"}
# NGEC writes an organisation's "country" as a code of its own: the UN system is UNO, the EU is EUR
_IGO_COUNTRIES = {"UN": "UNO", "EU": "EUR", "ICJ": "UNO"}
# the sector of an organ that is one branch of its organisation (by the organ's part of the code), and of
# an organisation that is one (the others have none)
_ORGAN_SECTORS = {"COM": "GOV", "CEU": "GOV", "EUCO": "GOV", "EEAS": "GOV", "EP": "LEG", "ECHR": "JUD"}
_IGO_SECTORS = {"ICJ": "JUD", "ICC": "JUD"}
_MINISTRY_WORDS = frozenset({"minister", "ministry", "department", "secretary"})
_FIELDS = {"code['country']": "country", "code['code_1']": "sector", "cc": "country", "code": "code"}
_WIKI_FIELDS = frozenset(
    {"code['wiki']", "wiki['title']", "len(wiki['intro_para'])", "code['actor_wiki_job']"}
)


@dataclass(frozen=True)
class NgecAssert:
    """One expectation of a case: ``field`` is country, sector or code; ``op`` Eq, NotEq, In or Is."""

    field: str
    op: str
    value: Any


@dataclass(frozen=True)
class NgecQuery:
    """What a case asks bilat to resolve: the actor text, the words before it and the date of the text."""

    text: str
    context: str = ""
    date: dt.date | None = None

    @property
    def document_text(self) -> str:
        """The text the query is read as: its context, then its actor text."""
        return f"{self.context} {self.text}" if self.context else self.text

    @property
    def actor_start(self) -> int:
        """Where the actor text starts in :attr:`document_text` (the words before are its context)."""
        return len(self.document_text) - len(self.text)


@dataclass(frozen=True)
class NgecCase:
    test: str
    text: str
    asserts: tuple[NgecAssert, ...]
    out_of_scope: str | None = None  # why the case is not scored
    context: str = ""
    date: dt.date | None = None

    @property
    def query(self) -> NgecQuery:
        return NgecQuery(self.text, self.context, self.date)


@dataclass(frozen=True)
class Resolved:
    """What bilat made of an actor text: its country (ISO alpha-3 or "") and NGEC sector, or nothing."""

    country: str
    sector: str


@dataclass(frozen=True)
class CaseResult:
    case: NgecCase
    got: Resolved | None
    passed: bool


@dataclass(frozen=True)
class NgecScores:
    path: str
    results: tuple[CaseResult, ...]
    out_of_scope: Mapping[str, int] = field(default_factory=dict)

    @property
    def passed(self) -> int:
        return sum(1 for r in self.results if r.passed)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": "ngec",
            "file": self.path,
            "in_scope": len(self.results),
            "passed": self.passed,
            "share": round(share(self.passed, len(self.results)), 3),
            "out_of_scope": dict(self.out_of_scope),
            "failed": [
                {
                    "test": r.case.test,
                    "text": r.case.text,
                    "expected": {a.field: [a.op, a.value] for a in r.case.asserts},
                    "got": None if r.got is None else {"country": r.got.country, "sector": r.got.sector},
                }
                for r in self.results
                if not r.passed
            ],
        }


def load_ngec(path: str | Path) -> list[NgecCase]:
    """The cases of an NGEC test file, each marked in or out of scope; :class:`GoldFormatError` when the file
    cannot be read or a line is not a test object."""
    source = Path(path)
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{source}: cannot read the NGEC cases: {exc}") from exc
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(_case(raw))
        except (json.JSONDecodeError, KeyError, TypeError, IndexError) as exc:
            raise GoldFormatError(f"{source}:{number}: not an NGEC test case: {exc}") from exc
    return cases


def _case(raw: Mapping[str, Any]) -> NgecCase:
    calls = raw["calls"]
    methods = [call["method"] for call in calls]
    args = calls[-1]["args"]
    kwargs = calls[-1].get("kwargs") or {}
    text = str(args[0]) if args else ""
    context = str(args[1]) if len(args) > 1 else str(kwargs.get("known_country") or "")
    date = _query_date(str(args[2]) if len(args) > 2 else str(kwargs.get("query_date") or ""))
    asserts = []
    reason: str | None = None
    if "query_wiki" in methods:
        reason = "needs Wikipedia"
    elif any(str(arg).startswith("d[") for arg in args):
        reason = "text from a test's data dictionary"
    for item in raw["asserts"]:
        lhs = item["lhs"]
        if lhs in _WIKI_FIELDS:
            if item["rhs"] not in ("", None):
                reason = reason or "needs Wikipedia"
            continue
        if lhs not in _FIELDS:
            continue  # NGEC internals: the matched pattern, the text left over, the source
        assertion = NgecAssert(_FIELDS[lhs], item["op"], item["rhs"])
        if assertion.field == "sector" and not _sectors(assertion.value) <= OUR_SECTORS:
            reason = reason or "a sector bilat does not code"
        asserts.append(assertion)
    if not asserts:
        reason = reason or "nothing bilat resolves is asserted"
    return NgecCase(str(raw["test"]), text, tuple(asserts), reason, context.strip(), date)


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y")


def _query_date(value: str) -> dt.date | None:
    """A case's date ("2022-06-01", "10 May 2015", "1 july 2021", "October 1, 2021"); None for "today",
    nothing, or a value of a test's data dictionary."""
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip().title(), form).date()
        except ValueError:
            continue
    return None


def _sectors(value: Any) -> set[str]:
    if isinstance(value, list):
        return {str(v) for v in value}
    if isinstance(value, str) and value.startswith("["):
        return {v.strip(" '\"") for v in value.strip("[]").split(",")}
    return {str(value)}


def ngec_sector(role: str | None, kind: str, entity: str = "") -> str:
    """bilat's role of a mention (of ``entity``, when given) as an NGEC sector: HOS and HOG are GOV, a
    capital is its government, an organisation's organ has the sector of its branch."""
    if kind in ("igo", "organ"):
        return _ORGAN_SECTORS.get(role or "", "") or _IGO_SECTORS.get(entity, "")
    if role:
        return _LEADERS.get(role, role)
    return "GOV" if kind in ("capital", "metonym") else ""


def igo_country(entity: str) -> str:
    """NGEC's country code for an organisation bilat names ("UN" -> "UNO", "EU" -> "EUR"), else ""."""
    return _IGO_COUNTRIES.get(entity, "")


def score_ngec(
    cases: Sequence[NgecCase], resolve: Callable[[NgecQuery], Resolved | None], path: str = ""
) -> NgecScores:
    """Resolve every in-scope case's query (text, context, date) with ``resolve`` and check its asserts."""
    results = []
    for case in cases:
        if case.out_of_scope is None:
            got = _in_ngec_terms(case.text, resolve(case.query))
            results.append(CaseResult(case, got, all(_holds(a, got) for a in case.asserts)))
    out = Counter(case.out_of_scope for case in cases if case.out_of_scope is not None)
    return NgecScores(path=path, results=tuple(results), out_of_scope=dict(sorted(out.items())))


def _in_ngec_terms(text: str, got: Resolved | None) -> Resolved | None:
    """A defence minister, ministry or department bilat codes MIL is NGEC's GOV (see the module's notes)."""
    words = {w.strip(".,'\u2019s").lower() for w in text.split()}
    if got is not None and got.sector == "MIL" and words & _MINISTRY_WORDS:
        return Resolved(got.country, "GOV")
    return got


def _holds(assertion: NgecAssert, got: Resolved | None) -> bool:
    if assertion.field == "code":  # "code Is None": nothing should resolve
        return (got is None) == (assertion.value is None)
    value = "" if got is None else getattr(got, assertion.field)
    if assertion.op == "Eq":
        return bool(value == assertion.value)
    if assertion.op == "NotEq":
        return bool(value != assertion.value)
    if assertion.op == "In":
        return value in _sectors(assertion.value)
    return False


def format_ngec(scores: NgecScores) -> str:
    lines = [
        f"NGEC actor resolution ({scores.path}): {scores.passed}/{len(scores.results)} in-scope cases pass "
        f"({share(scores.passed, len(scores.results)):.3f})",
        "out of scope: " + ", ".join(f"{reason} {n}" for reason, n in scores.out_of_scope.items()),
    ]
    return "\n".join(lines)
