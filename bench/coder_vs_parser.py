"""How bilat's own work compares with spaCy's parsing, on the same sentences in one run.

The example articles (and the sample article of ../shared/samples when it is there) are repeated until
they hold about 2,000 sentences. Three timings, each after a warm-up on one copy of the articles:

(a) parse: ``reader.nlp.pipe`` over the texts, with bilat's pipeline (model + entity ruler) and batch size;
(b) code: :meth:`bilat.pipeline.Reader.read_parsed` on the docs parsed in (a): actors, speakers, times,
    events, places; everything bilat does after parsing;
(c) end to end: :meth:`bilat.pipeline.Reader.read_documents` on the same documents.

It prints sentences per second for each and the ratios code/parse and end-to-end/parse (time taken,
so 0.25 means bilat's coding costs a quarter of the parse). Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from bilat.ingest import ReadOptions, read_inputs
from bilat.model import Document
from bilat.pipeline import Reader, Settings, parse_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SAMPLES = ROOT / ".." / "shared" / "samples"

T = TypeVar("T")


def corpus() -> list[Document]:
    """One copy of the benchmark articles: examples/ plus the shared sample articles when present."""
    inputs = [str(EXAMPLES)]
    if SAMPLES.is_dir():
        inputs += [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    found = list(read_inputs(inputs, ReadOptions()))
    documents = [d for d in found if isinstance(d, Document)]
    problems = [str(e) for e in found if not isinstance(e, Document)]
    if problems:
        raise SystemExit("cannot read the benchmark articles:\n" + "\n".join(problems))
    return documents


def repeated(documents: Sequence[Document], copies: int) -> list[Document]:
    """``copies`` copies of the documents, each copy with its own ids."""
    return [dataclasses.replace(d, id=f"{d.id}-{k}") for k in range(copies) for d in documents]


def timed(work: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000, help="about this many sentences (2000)")
    args = parser.parse_args(argv)

    reader = Reader(Settings())
    base = corpus()
    warm = list(reader.read_documents(base))  # loads lazy tables, warms caches
    per_copy = sum(len(r.sentences) for r in warm)
    copies = max(1, round(args.sentences / per_copy))
    documents = repeated(base, copies)
    texts = [parse_text(d) for d in documents]
    batch = reader.settings.batch_size

    parsed, parse_s = timed(lambda: list(reader.nlp.pipe(texts, batch_size=batch)))
    sentences = sum(1 for doc in parsed for _ in doc.sents)
    coded, code_s = timed(
        lambda: [reader.read_parsed(d, doc) for d, doc in zip(documents, parsed, strict=True)]
    )
    ended, end_s = timed(lambda: list(reader.read_documents(documents)))
    events = sum(len(r.events) for r in coded)
    if events != sum(len(r.events) for r in ended):
        raise SystemExit("coding pre-parsed docs and reading end to end gave different events")

    print(f"{len(documents)} documents ({len(base)} articles x {copies}), {sentences} sentences, "
          f"{events} events; model {reader.settings.model}, batch size {batch}")  # fmt: skip
    for name, seconds in (("(a) parse (spaCy)", parse_s), ("(b) code (bilat)", code_s),
                          ("(c) end to end", end_s)):  # fmt: skip
        print(f"{name:<20} {seconds:8.2f} s  {sentences / seconds:10.1f} sentences/s")
    print(f"code / parse        {code_s / parse_s:8.2f}  (bilat's work after parsing, per unit of parsing)")
    print(f"end-to-end / parse  {end_s / parse_s:8.2f}")


if __name__ == "__main__":
    main()
