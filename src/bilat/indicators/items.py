"""Lists a relationship states: goods exported or imported ("Key Russian exports to Mali include
fertiliser, wheat and machinery") and sectors of stated interest ("Mali has expressed interest in
cooperation in energy, mining and transport"), one :class:`~bilat.model.ListedItem` per item.

A list is found after a cue: a trade word (exports, imports, sales, purchases, shipments, supplies,
deliveries) followed within a few words by "include", "including", "such as", "are", "consist of",
"comprise", "mainly", "notably" or "of"; or an interest phrase ("interest in", "interested in", "keen
on", "priority sectors include", "areas of mutual interest are"), where "cooperation in", "the fields
of" and "such sectors as" are skipped. The list runs to the end of its clause, or to a preposition that
starts a new phrase ("... and arms to Egypt").

Splitting: on commas; with a serial comma (", and food") every element is one item ("machines and
equipment" stays a pair); without one, the last element "X and Y" is two items unless another element
is itself a pair ("pigments and dyes, glass and glassware": pairs); a list without commas splits on
"and"/"or". An item is at most six words, has no digit, and (with a parse) is a noun phrase, not a
clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from bilat.indicators.actors import Party, Relation, actors_at
from bilat.indicators.clauses import holds_any
from bilat.model import ItemKind, ListedItem, Span

_RX_GOODS = re.compile(
    r"\b(?P<flow>exports?|exported|imports?|imported|sales|purchases|shipments|supplies|deliveries)\b"
    # what may stand between: the partner ("to the CAR", "from Mali") and a year ("in 2023", "last year")
    r"(?:\s+(?:to|from)(?:\s+the)?(?:\s+[A-Z][\w'\u2019.-]*){1,4})?"
    r"(?:\s+in\s+(?:19|20)\d\d|\s+(?:last|this)\s+year)?"
    r"(?:,?\s+(?:include[sd]?|including|such\s+as)|\s+(?:are|were|compris(?:e|es|ed|ing)|mainly|mostly|"
    r"chiefly|primarily|notably|namely|(?P<of>of)|consist(?:s|ed)?(?:\s+(?:mainly|mostly|largely|chiefly|"
    r"primarily))?\s+of))(?:\s+(?:mainly|mostly|chiefly|primarily|notably|largely))?(?:\s+of)?\s+",
    re.IGNORECASE,
)
_RX_INTEREST = re.compile(
    r"\b(?P<lead>interest(?:ed)?\s+in|keen\s+on|keen\s+to\s+\w+\s+in|"
    r"priority\s+(?:sectors?|areas?|fields?)(?:\s+of\s+(?:cooperation|investment))?\s+"
    r"(?:include|are|such\s+as)|"
    r"(?:sectors?|areas?|fields?)\s+of\s+(?:mutual\s+|common\s+)?interest\s+(?:include|are|such\s+as))\s+"
    r"(?:(?:developing|expanding|boosting|deepening|strengthening)\s+)?"
    r"(?P<domain>(?:[A-Z][\w'\u2019-]*\s+)?(?:bilateral\s+|joint\s+|economic\s+)?"
    r"(?:cooperation|ties|investments?|investing|partnerships?|collaboration|projects)\s+(?:with\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+)?"
    r"(?:in|on)\s+)?"
    r"(?P<fields>(?:(?:the|such)\s+)?(?:(?:fields?|areas?|sectors?|spheres?|industries|domains?)\s+"
    r"(?:of|such\s+as|like|including|as)\s+|(?:\w+\s+)?such\s+as\s+|such\s+\w+\s+as\s+))?",
)
# every match of _RX_GOODS holds one of these (in any case), every match of _RX_INTEREST one of those
# (as written): cheap tests that spare the patterns a sentence without a cue
_GOODS_WORDS = ("export", "import", "sales", "purchases", "shipments", "supplies", "deliveries")
_INTEREST_WORDS = ("interest", "keen", "priority")
_RX_LIST_END = re.compile(
    r"[.;:()\[\]\u2014]|\s[-\u2013]\s|,\s+(?:which|who|while|whereas|but|although|though|as\s+well)\b|"
    r"\s(?:to|from|worth|valued|with|at|by|since|between|amid|among|totall?ing|reaching|accounting|"
    r"in\s+(?:19|20)\d\d|(?:is|are|was|were|has|have|had)\b)\b"
)
_RX_ELEMENT = re.compile(r"[^,;]+")
_RX_AND = re.compile(r"\s+(?:and|or|&)\s+")
_RX_LEADING = re.compile(r"\A(?:(?:and|or|the|a|an|other|some|various|also)\s+)+", re.IGNORECASE)
_RX_TRAILING = re.compile(r"\s*(?:,?\s*(?:etc\.?|among\s+others|and\s+others|and\s+so\s+on|and\s+more))\Z")
_MAX_WORDS = 6


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int


def items_in_sentence(
    text: str,
    offset: int,
    doc_id: str,
    named: Sequence[Party],
    principal_pair: tuple[str, str] | None,
    is_phrase: Callable[[int, int], bool] | None = None,
) -> list[ListedItem]:
    """The listed items of one sentence ``text`` (at document offset ``offset``), with the countries they
    are about (``named``: the sentence's parties). ``is_phrase(start, end)`` (document offsets) says
    whether a stretch is a noun phrase rather than a clause, when a parse is at hand."""
    out: list[ListedItem] = []
    for kind, cue, start, domain in _lists(text):
        end = _list_end(text, start)
        elements = _elements(text, start, end)
        if is_phrase is not None:  # the list ends where an element is a clause ("..., grew fast")
            phrases = [is_phrase(e.start + offset, e.end + offset) for e in elements]
            elements = elements[: phrases.index(False)] if False in phrases else elements
        pieces = _items(text, elements)
        if not domain and len(pieces) < 2:
            continue  # "interest in the proposal", "exports of chemicals": one thing, not a list
        if not pieces:
            continue
        relation: Relation = "imports" if kind == "imports" else "directed"
        actors = actors_at(
            text, start, end, relation, named, principal_pair, flow=kind in ("exports", "imports")
        )
        out.extend(
            ListedItem(
                Span(p.start + offset, p.end + offset, doc_id), text[p.start : p.end], kind, actors, cue
            )
            for p in pieces
        )
    return out


def may_list(text: str) -> bool:
    """Whether ``text`` may hold a list cue (a cheap test: a sentence without one has no listed items, and
    its parties need not be read)."""
    return _names_goods(text) or _names_interest(text)


def _names_goods(text: str) -> bool:
    return holds_any(text, _GOODS_WORDS)


def _names_interest(text: str) -> bool:
    return any(w in text for w in _INTEREST_WORDS)


def _lists(text: str) -> Iterator[tuple[ItemKind, str, int, bool]]:
    """(kind, cue words, where the list starts, whether the cue announces a list even of one item) for
    each list cue of ``text``: "exports include", "interest in cooperation in", "priority sectors are" do;
    "exports of" and "interest in" alone need two items or more."""
    for m in _RX_GOODS.finditer(text) if _names_goods(text) else ():
        kind: ItemKind = "imports" if m["flow"].lower().startswith(("import", "purchase")) else "exports"
        yield kind, " ".join(text[m.start() : m.end()].split()), m.end(), m["of"] is None
    for m in _RX_INTEREST.finditer(text) if _names_interest(text) else ():
        domain = bool(m["domain"] or m["fields"] or not m["lead"].lower().startswith(("interest", "keen")))
        yield "interest", " ".join(text[m.start() : m.end()].split()), m.end(), domain


def _list_end(text: str, start: int) -> int:
    m = _RX_LIST_END.search(text, start)
    return len(text) if m is None else m.start()


def _items(text: str, elements: Sequence[_Piece]) -> list[_Piece]:
    if not elements:
        return []
    if len(elements) == 1:
        split = _split_and(text, elements[0])
    else:
        serial = re.match(r"(?:and|or)\s", text[elements[-1].start : elements[-1].end], re.IGNORECASE)
        pairs = any(_RX_AND.search(text, e.start, e.end) for e in elements[:-1])
        tail = [elements[-1]] if serial or pairs else _split_and(text, elements[-1])
        split = [*elements[:-1], *tail]
    return [piece for p in split if (piece := _clean(text, p)) is not None]


def _elements(text: str, start: int, end: int) -> list[_Piece]:
    """The comma-separated elements of the list at ``[start, end)``."""
    return [
        _Piece(m.start(), m.end()) for m in _RX_ELEMENT.finditer(text, start, len(text[:end].rstrip(" ,")))
    ]


def _split_and(text: str, piece: _Piece) -> list[_Piece]:
    out: list[_Piece] = []
    pos = piece.start
    for m in _RX_AND.finditer(text, piece.start, piece.end):
        out.append(_Piece(pos, m.start()))
        pos = m.end()
    out.append(_Piece(pos, piece.end))
    return out


def _clean(text: str, piece: _Piece) -> _Piece | None:
    start, end = piece.start, piece.end
    words = text[start:end]
    lead = _RX_LEADING.match(words.lstrip())
    start += len(words) - len(words.lstrip()) + (lead.end() if lead else 0)
    words = text[start:end]
    trail = _RX_TRAILING.search(words)
    end = start + (trail.start() if trail else len(words.rstrip()))
    item = text[start:end].strip()
    end = start + len(item)
    if not item or re.search(r"\d", item) or len(item.split()) > _MAX_WORDS:
        return None
    if not re.search(r"[A-Za-z]{2}", item):
        return None
    return _Piece(start, end)
