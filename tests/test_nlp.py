"""The token view: a parsed document's annotations read once, equal to what spaCy's tokens say."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from bilat.ingest import document_from_text
from bilat.nlp import entities, entity_at, token_view
from bilat.pipeline import Reader

TEXTS = [
    "Russian President Vladimir Putin met President Faustin-Archange Touadera of the Central African "
    "Republic in the Kremlin on Thursday.",
    'The ministry said: "We will not accept this." Beijing lodged a protest with Tokyo on Monday.',
    "EU foreign ministers, meeting in Luxembourg, agreed to extend sanctions; Hungary's minister objected.",
    "Trade between the two countries rose 12% to $6.5 billion in 2024 (up from $5.8 billion).\n\n"
    "Officials in Nairobi did not comment.",
    "The company has a plan that no one expected to work to reduce emissions.",  # a non-projective parse
]


@pytest.fixture(scope="module")
def docs(reader: Reader) -> list[Doc]:
    return list(reader.nlp.pipe(TEXTS))


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_view_strings_equal_the_tokens_attributes(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    view = token_view(doc)
    assert len(view) == len(doc)
    assert list(view.text) == [t.text for t in doc]
    assert list(view.lower) == [t.lower_ for t in doc]
    assert list(view.lemma) == [t.lemma_.lower() for t in doc]
    assert list(view.pos) == [t.pos_ for t in doc]
    assert list(view.tag) == [t.tag_ for t in doc]
    assert list(view.dep) == [t.dep_ for t in doc]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_view_tree_equals_the_parse(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    view = token_view(doc)
    assert list(view.head) == [t.head.i for t in doc]
    assert list(view.children) == [tuple(c.i for c in t.children) for t in doc]
    assert [view.lefts(t.i) for t in doc] == [tuple(c.i for c in t.lefts) for t in doc]
    assert [view.rights(t.i) for t in doc] == [tuple(c.i for c in t.rights) for t in doc]
    assert [view.subtree(t.i) for t in doc] == [[d.i for d in t.subtree] for t in doc]
    assert [view.conjuncts(t.i) for t in doc] == [[c.i for c in t.conjuncts] for t in doc]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_entities_are_the_docs(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    assert entities(doc) == doc.ents
    assert [entity_at(doc, t.i) for t in doc] == [next((e for e in doc.ents if t in e), None) for t in doc]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_view_entities_carry_the_rulers_actor_codes(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    view = token_view(doc)
    assert list(view.ent_iob) == [t.ent_iob_ for t in doc]
    assert list(view.ent_type) == [t.ent_type_ for t in doc]
    assert list(view.ent_id) == [t.ent_id_ for t in doc]


def test_view_names_the_gazetteers_codes(docs: list[Doc]) -> None:
    view = token_view(docs[0])
    codes = {view.text[i]: view.ent_id[i] for i in range(len(view)) if view.ent_id[i]}
    assert codes["Kremlin"] == "RUS.GOV"
    assert codes["Putin"] == "RUS.HOS"


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_view_offsets_point_into_the_text(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    view = token_view(doc)
    assert [doc.text[view.idx[i] : view.end_char(i)] for i in range(len(view))] == [t.text for t in doc]
    assert list(view.is_punct) == [t.is_punct for t in doc]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_view_texts_are_the_docs_and_spans(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    view = token_view(doc)
    assert view.doc_text == doc.text
    spans = [(a, b) for a in range(len(doc)) for b in range(a, len(doc) + 1)]
    assert [view.span_text(a, b) for a, b in spans] == [doc[a:b].text for a, b in spans]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_view_sentences_are_the_parsers(docs: list[Doc], k: int) -> None:
    doc = docs[k]
    view = token_view(doc)
    assert list(view.sents) == [(s.start, s.end) for s in doc.sents]
    assert list(view.sent) == [view.sents.index((t.sent.start, t.sent.end)) for t in doc]


def test_view_is_built_once_per_document(docs: list[Doc]) -> None:
    assert token_view(docs[1]) is token_view(docs[1])


def test_reading_a_parse_leaves_none_of_bilats_memos_on_it(reader: Reader) -> None:
    """bilat keeps nothing from a document once read: a caller that keeps its parses keeps no memo."""
    doc = reader.nlp(TEXTS[1])
    doc.user_data["theirs"] = 1
    reader.read_parsed(document_from_text(TEXTS[1]), doc)
    assert doc.user_data == {"theirs": 1}


def test_view_of_an_empty_document_is_empty(reader: Reader) -> None:
    view = token_view(reader.nlp(""))
    assert len(view) == 0
    assert view.sents == ()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The African Union urged both sides to de-escalate on Monday.", "de-escalate"),
        ("Kenya said it would Re-open the border crossing next week.", "Re-open"),
    ],
)
def test_a_prefixed_word_stays_one_token(reader: Reader, text: str, word: str) -> None:
    """spaCy splits "de-escalate" at the hyphen, which breaks the parse of the whole sentence."""
    doc = reader.nlp(text)
    assert word in [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The two sides agreed to a cease-fire on Monday.", "cease-fire", "ceasefire"),
        ("Fiji sent Peace-keepers to Lebanon.", "Peace-keepers", "peacekeeper"),
        ("Israeli air-strikes hit the port.", "air-strikes", "airstrike"),
    ],
)
def test_a_hyphenated_compound_is_its_one_word(reader: Reader, text: str, word: str, lemma: str) -> None:
    """AP's "cease-fire" is the "ceasefire" of other outlets: one token, with the one word's lemma."""
    doc = reader.nlp(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


@pytest.mark.parametrize(
    ("text", "first_sentences"),
    [
        pytest.param(
            "Kenya and Uganda agree to reopen border\n\nThe two agreed on Monday to reopen the border.",
            ["Kenya and Uganda agree to reopen border"],
            id="headline-without-a-full-stop",
        ),
        pytest.param(
            "The Council adopted the following decision:\n\nCondemns the attack on the convoy;\n\n"
            "Demands the release of the hostages;",
            ["The Council adopted the following decision:", "Condemns the attack on the convoy;"],
            id="communique-lines-ending-in-semicolons",
        ),
    ],
)
def test_a_blank_line_starts_a_sentence(reader: Reader, text: str, first_sentences: list[str]) -> None:
    sentences = [s.text.strip() for s in reader.nlp(text).sents if s.text.strip()]
    assert sentences[: len(first_sentences)] == first_sentences


def test_a_single_line_break_inside_a_sentence_does_not_end_it(reader: Reader) -> None:
    text = "Kenya and Uganda agreed on Monday to reopen\nthe border crossing at Busia."
    assert len([s for s in reader.nlp(text).sents if s.text.strip()]) == 1


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Trump praised Erdogan.", "praised"),
        ("Trump called Putin on Tuesday.", "called"),
        ("Trump accused Brussels of ripping off American technology companies.", "accused"),
    ],
)
def test_a_name_that_is_an_english_word_is_parsed_as_a_name(reader: Reader, text: str, verb: str) -> None:
    """spaCy's small model reads "Trump" as the verb "trump" in a short sentence ("Trump" the root, "praised"
    a modifier of "Erdogan"); the parser is shown it as a plain surname."""
    doc = reader.nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert (root.text, doc[0].dep_) == (verb, "nsubj")
    assert doc[0].text == "Trump"  # the text and what bilat reads of it are untouched
