"""How bilat's own work compares with spaCy's parsing, on the same sentences in one run (issue #3, "Speed").

The corpus is the example articles, our dev articles (tests/data/dev/dev.gold.jsonl) and, when ../shared
is there, the sample article, repeated until it holds about 2,000 sentences. bilat keeps nothing from one
document to the next, so a copy costs what its original does (spaCy's tokenizer does cache strings; that
is part of parsing; bilat's token view, :func:`bilat.nlp.token_view`, likewise keeps the strings of
spaCy's string hashes, a table of the vocabulary, not of documents).

What is spaCy's and what is bilat's: ``Reader.nlp`` is spaCy's English pipeline with three components of
ours added, ``bilat_name_norms`` first (a person's name that is also an English word, "Trump", is shown
to the parser as a plain surname), ``bilat_paragraphs`` before the parser (a blank line starts a
sentence) and ``bilat_actor_ruler`` before NER (the gazetteer's phrase matchers marking actor names).
They are bilat's work done inside spaCy's pipeline, so they are timed apart and counted on bilat's side:

(a) spaCy: ``nlp.pipe`` with our components disabled: spaCy's own pipeline, what any user of the model
    pays;
(b) spaCy + ours: ``nlp.pipe`` as bilat runs it;
(c) our components alone: the name norms and the paragraph marker on each text, tokenized (sentence
    starts can only be set before parsing), and the ruler on each document of (b);
(d) bilat after parsing: :meth:`bilat.pipeline.Reader.read_parsed` on the documents of (b): actors,
    speakers, times, events, places, figures;
(e) end to end: :meth:`bilat.pipeline.Reader.read_documents` on the same documents.

Each step is timed in processor time (``time.process_time``: this process's CPU seconds, which other work
on a shared machine barely moves) and in wall-clock time; each figure is the best of ``--rounds``
interleaved rounds. It prints both times and sentences per processor second for each step, then the
issue's ratio: bilat's coding, (c) + (d), against spaCy's parsing, (a), as a speed ratio (goal: 25 or
more, i.e. coding adds under 4%), and the older view, (d) against (b).

``--profile`` also runs (d) once under cProfile, writes bench/out/after_parse.prof (read it with
``python -m pstats``) and prints the cost by stage, by module and by function. cProfile charges each call
a fixed overhead, so code making many tiny calls (spaCy's ``Doc.__iter__`` and ``Token`` creation) looks
costlier there than it is: use it to find hot spots, and the timings above for shares.

``--sample`` runs (d) again on fresh copies of the parsed documents while a timer interrupts it every
millisecond of processor time and notes the Python call stack: shares by stage and by function, with
no cost per call (spaCy's C code counts for the Python line that called it).

Run: ``make bench``, or ``python bench/coder_vs_parser.py [--sentences N] [--rounds N] [--profile]
[--sample]``.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import pstats
import signal
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from bilat.ingest import ReadOptions, read_inputs
from bilat.model import Document
from bilat.nlp import BILAT_COMPONENTS, NAMES_NAME, PARAGRAPHS_NAME, RULER_NAME, parse_text
from bilat.pipeline import Reader, Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DEV = ROOT / "tests" / "data" / "dev" / "dev.gold.jsonl"
SAMPLES = ROOT / ".." / "shared" / "samples"
OUT = ROOT / "bench" / "out"

T = TypeVar("T")


def corpus() -> list[Document]:
    """One copy of the benchmark articles: examples/, the dev articles and the shared sample if present."""
    found = list(read_inputs([str(EXAMPLES)], ReadOptions()))
    found += read_inputs([str(DEV)], ReadOptions(fields={"date": "publication_date"}))
    if SAMPLES.is_dir():
        found += read_inputs([str(p) for p in sorted(SAMPLES.glob("*.txt"))], ReadOptions())
    documents = [d for d in found if isinstance(d, Document)]
    problems = [str(e) for e in found if not isinstance(e, Document)]
    if problems:
        raise SystemExit("cannot read the benchmark articles:\n" + "\n".join(problems))
    return documents


def repeated(documents: Sequence[Document], copies: int) -> list[Document]:
    """``copies`` copies of the documents, each copy with its own ids."""
    return [dataclasses.replace(d, id=f"{d.id}-{k}") for k in range(copies) for d in documents]


@dataclasses.dataclass(frozen=True)
class Took:
    """Processor time (this process's, all threads) and wall-clock time of one step, in seconds."""

    cpu: float
    wall: float


def timed(work: Callable[[], T]) -> tuple[T, Took]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = work()
    return result, Took(time.process_time() - cpu, time.perf_counter() - wall)


@dataclasses.dataclass
class Best:
    """The shortest processor and wall-clock times seen for each step over the rounds."""

    took: dict[str, Took] = dataclasses.field(default_factory=dict)

    def keep(self, step: str, took: Took) -> None:
        old = self.took.get(step, took)
        self.took[step] = Took(min(took.cpu, old.cpu), min(took.wall, old.wall))


def one_round(reader: Reader, documents: Sequence[Document], texts: Sequence[str], best: Best) -> int:
    """Times steps (a) to (e) once; returns the number of events of (d), checked against (e)."""
    nlp, batch = reader.nlp, reader.settings.batch_size
    with nlp.select_pipes(disable=list(BILAT_COMPONENTS)):
        _, took = timed(lambda: list(nlp.pipe(texts, batch_size=batch)))
    best.keep("spacy", took)
    parsed, took = timed(lambda: list(nlp.pipe(texts, batch_size=batch)))
    best.keep("spacy+ruler", took)
    coded, took = timed(
        lambda: [reader.read_parsed(d, doc) for d, doc in zip(documents, parsed, strict=True)]
    )
    best.keep("after", took)
    ruler, paragraphs, names = (
        nlp.get_pipe(RULER_NAME),
        nlp.get_pipe(PARAGRAPHS_NAME),
        nlp.get_pipe(NAMES_NAME),
    )
    tokenized = [nlp.make_doc(t) for t in texts]  # sentence starts can only be set before parsing
    _, took = timed(lambda: [names(paragraphs(doc)) for doc in tokenized] + [ruler(doc) for doc in parsed])
    best.keep("ruler", took)
    ended, took = timed(lambda: list(reader.read_documents(documents)))
    best.keep("end", took)
    events = sum(len(r.events) for r in coded)
    if events != sum(len(r.events) for r in ended):
        raise SystemExit("coding pre-parsed docs and reading end to end gave different events")
    return events


def profile(reader: Reader, documents: Sequence[Document], texts: Sequence[str]) -> None:
    """cProfile one pass of bilat's work after parsing; print its cost by stage, module and function."""
    parsed = list(reader.nlp.pipe(texts, batch_size=reader.settings.batch_size))
    profiler = cProfile.Profile()
    profiler.enable()
    for document, doc in zip(documents, parsed, strict=True):
        reader.read_parsed(document, doc)
    profiler.disable()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "after_parse.prof"
    profiler.dump_stats(path)
    stats = pstats.Stats(str(path))
    table: dict[tuple[str, int, str], Any] = stats.stats  # pstats keeps its table in this attribute
    total = max(ct for (_, _, name), (_, _, _, ct, _) in table.items() if name == "read_parsed")
    print(f"\nprofile of (d), {total:.2f} s under cProfile (written to {path.relative_to(ROOT)})")
    print("by stage (called from read_parsed):")
    stages = [
        (callers[key][3], func)
        for func, (*_, callers) in table.items()
        for key in callers
        if key[2] == "read_parsed"
    ]
    for seconds, (file, _, name) in sorted(stages, reverse=True)[:8]:
        print(f"  {seconds / total:6.1%}  {_short(file)}:{name}")
    by_module: Counter[str] = Counter()
    for (file, _, _), (_, _, own, _, _) in table.items():
        by_module[_short(file)] += own
    print("by module (own time):")
    for module, seconds in by_module.most_common(10):
        print(f"  {seconds / total:6.1%}  {module}")
    print("by function (own time):")
    for (file, line, name), (_, calls, own, _, _) in sorted(table.items(), key=lambda kv: -kv[1][2])[:15]:
        print(f"  {own / total:6.1%}  {calls:8d} calls  {_short(file)}:{line}({name})")


def sample(reader: Reader, documents: Sequence[Document], texts: Sequence[str], rounds: int) -> None:
    """Sample the call stack of (d) every millisecond of processor time; print shares by stage and by
    function (inclusive: on the stack; own: running)."""
    nlp, batch = reader.nlp, reader.settings.batch_size
    stacks: list[list[str]] = []

    def note(signum: int, frame: FrameType | None) -> None:
        names: list[str] = []
        while frame is not None:
            code = frame.f_code
            names.append(f"{_short(code.co_filename)}:{code.co_firstlineno}({code.co_name})")
            frame = frame.f_back
        stacks.append(names)

    previous = signal.signal(signal.SIGPROF, note)
    try:
        for _ in range(rounds):
            parsed = list(nlp.pipe(texts, batch_size=batch))  # fresh docs: no cache from a former round
            signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
            for document, doc in zip(documents, parsed, strict=True):
                reader.read_parsed(document, doc)
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    inside = [_below_read_parsed(names) for names in stacks]
    inside = [names for names in inside if names]
    if not inside:
        print("\nno samples taken in (d)")
        return
    total = len(inside)
    tables = {
        "by stage (called from read_parsed)": (Counter(n[-2] for n in inside if len(n) > 1), 10),
        "by function, inclusive": (Counter(name for n in inside for name in set(n)), 25),
        "by function, own": (Counter(n[0] for n in inside), 15),
    }
    print(f"\nsampled profile of (d): {total} samples of 1 ms processor time over {rounds} rounds")
    for title, (counts, top) in tables.items():
        print(f"{title}:")
        for name, n in counts.most_common(top):
            print(f"  {n / total:6.1%}  {name}")


def _below_read_parsed(names: list[str]) -> list[str]:
    """A sampled stack (innermost first) cut after ``read_parsed``; empty when it is not in (d)."""
    for k, name in enumerate(names):
        if name.endswith("(read_parsed)"):
            return names[: k + 1]
    return []


def _short(file: str) -> str:
    for marker in ("/site-packages/", "/src/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000, help="about this many sentences (2000)")
    parser.add_argument("--rounds", type=int, default=3, help="keep the best of this many rounds (3)")
    parser.add_argument("--profile", action="store_true", help="also profile bilat's work after parsing")
    parser.add_argument("--sample", action="store_true", help="also sample bilat's work after parsing")
    args = parser.parse_args(argv)

    reader = Reader(Settings())
    base = corpus()
    warm = list(reader.read_documents(base))  # loads lazy tables, warms caches
    per_copy = sum(len(r.sentences) for r in warm)
    copies = max(1, round(args.sentences / per_copy))
    documents = repeated(base, copies)
    texts = [parse_text(d) for d in documents]
    sentences = copies * per_copy
    best = Best()
    for _ in range(args.rounds):
        events = one_round(reader, documents, texts, best)

    t = best.took
    print(f"{len(documents)} documents ({len(base)} articles x {copies}), {sentences} sentences, {events} "
          f"events; model {reader.settings.model}, batch size {reader.settings.batch_size}, "
          f"best of {args.rounds} rounds")  # fmt: skip
    print(f"{'':<24} {'cpu s':>8}  {'sentences/s':>12}  {'wall s':>8}")
    names = {"spacy": "(a) spaCy", "spacy+ruler": "(b) spaCy + ours", "ruler": "(c) ours alone",
             "after": "(d) bilat after parse", "end": "(e) end to end"}  # fmt: skip
    for step, name in names.items():
        print(f"{name:<24} {t[step].cpu:8.2f}  {sentences / t[step].cpu:12.1f}  {t[step].wall:8.2f}")
    coding, parsing = t["ruler"].cpu + t["after"].cpu, t["spacy"].cpu
    print(f"bilat's coding (c + d) is {parsing / coding:.1f}x as fast as spaCy's parsing (a): it adds "
          f"{coding / parsing:.1%} to it (goal: 25x, under 4%)")  # fmt: skip
    print(f"older view, (d) against (b): {t['after'].cpu / t['spacy+ruler'].cpu:.3f} of the parse time")
    if args.profile:
        profile(reader, documents, texts)
    if args.sample:
        sample(reader, documents, texts, args.rounds)


if __name__ == "__main__":
    main()
