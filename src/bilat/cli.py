"""The ``bilat`` command: each command parses its options and calls one function of :mod:`bilat.api`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bilat import api, export, show
from bilat.errors import BilatError
from bilat.ingest import ReadOptions
from bilat.pipeline import Settings
from bilat.report.render import Format
from bilat.report.render import render as render_dossier
from bilat.store import DEFAULT_URL, EventQuery

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="International-relations news -> coded events, indicators and bilateral dossiers.",
)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the database.")]
ModelOpt = Annotated[str, typer.Option("--model", help="Installed spaCy English pipeline package.")]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor file (TOML, TSV or a PETRARCH/TABARI .actors dictionary)."),
]
PatternsOpt = Annotated[
    list[Path] | None, typer.Option("--patterns", help="Extra or overriding pattern file.")
]
CountryArg = Annotated[str, typer.Argument(help="A country code, e.g. RUS.")]
OtherCountryArg = Annotated[str, typer.Argument(help="Another country code, e.g. CAF.")]
SinceOpt = Annotated[str | None, typer.Option(help="From this date (2024, 2024-01, 2024-01-15).")]
UntilOpt = Annotated[str | None, typer.Option(help="Up to this date.")]
FORMATS = ("table", "jsonl", "csv")
CSV_FIELDS = (
    "event_id", "doc_id", "date", "end_date", "date_precision", "source_actor", "target_actor", "plover_type",
    "plover_mode", "cameo_code", "cameo_root", "quad_class", "goldstein", "status", "confidence", "location",
    "source_text", "target_text", "trigger", "evidence",
)  # fmt: skip


def _settings(model: str, actors: list[Path] | None, patterns: list[Path] | None) -> Settings:
    return Settings(model=model, actor_files=tuple(actors or ()), pattern_files=tuple(patterns or ()))


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOpt = DEFAULT_URL,
    date: Annotated[str | None, typer.Option(help="Publication date for all inputs (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name for all inputs.")] = None,
    field: Annotated[
        list[str] | None, typer.Option("--field", help="JSONL field mapping OURS=THEIRS, e.g. text=body.")
    ] = None,
    max_chars: Annotated[int, typer.Option(help="Refuse documents longer than this.")] = 2_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    model: ModelOpt = Settings.model,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
) -> None:
    """Read articles, code their events and store them. Exit status 1 if any input failed."""
    fields: dict[str, str] = {}
    for item in field or ():
        ours, sep, theirs = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"--field {item!r}: expected OURS=THEIRS")
        fields[ours.strip()] = theirs.strip()
    options = _run(lambda: ReadOptions(date=_date(date), source=source, fields=fields, max_chars=max_chars))
    settings = _settings(model, actors, patterns)
    show_bar = not quiet and err.is_terminal
    with Progress(
        TextColumn("{task.description}"), TimeElapsedColumn(), console=err, disable=not show_bar
    ) as bar:
        task = bar.add_task("reading")

        def progress(p: api.Progress) -> None:
            if p.last_error is not None:
                err.print(f"error: {escape(str(p.last_error))}", highlight=False)
            rate = p.documents / p.seconds if p.seconds else 0.0
            bar.update(
                task,
                description=f"{p.documents} documents ({rate:.1f}/s), {p.events} events, {p.errors} errors",
            )

        report = _run(
            lambda: api.ingest(
                inputs, db=db, options=options, settings=settings, on_progress=progress, stdin=sys.stdin
            )
        )
    if not quiet:
        err.print(
            f"ingested {report.documents} documents ({report.skipped} already stored), "
            f"{report.events} events, {len(report.errors)} errors in {report.seconds:.1f}s",
            highlight=False,
        )
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def events(
    db: DbOpt = DEFAULT_URL,
    dyad: Annotated[
        tuple[str, str] | None,
        typer.Option(help="Two actor entities (e.g. RUS CAF); order-free unless --directed."),
    ] = None,
    directed: Annotated[bool, typer.Option(help="With --dyad: source first, target second.")] = False,
    actor: Annotated[str | None, typer.Option(help="An entity on either side.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, e.g. 04.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_confidence: Annotated[float, typer.Option(help="Only events at least this confident.")] = 0.0,
    doc: Annotated[str | None, typer.Option(help="Only this document.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    future_as_agree: Annotated[
        bool,
        typer.Option(
            "--future-as-agree",
            help="PLOVER's convention: a planned CONSULT, SUPPORT, COOPERATE or AID is listed as AGREE.",
        ),
    ] = False,
) -> None:
    """List stored events."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    query = _run(
        lambda: EventQuery(
            dyad=(dyad[0].upper(), dyad[1].upper()) if dyad else None,
            directed=directed,
            actor=actor.upper() if actor else None,
            plover_type=type_.upper() if type_ else None,
            cameo_root=root,
            since=since,
            until=until,
            min_confidence=min_confidence,
            doc_id=doc,
            limit=limit,
        )
    )
    records = [e.as_record() for e in _run(lambda: api.events(db, query))]
    if future_as_agree:
        records = [export.future_as_agree(r) for r in records]
    if fmt == "table":
        _event_table(records)
    else:
        _write_records(records, fmt, CSV_FIELDS)


def _write_records(records: list[dict[str, Any]], fmt: str, fields: Sequence[str]) -> None:
    """Records as JSON lines, or as CSV with ``fields`` (lists and mappings as JSON in their cell)."""
    if fmt == "jsonl":
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    for r in records:
        writer.writerow({k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in r.items()})
    sys.stdout.write(buf.getvalue())


def _event_table(records: list[dict[str, Any]]) -> None:
    table = Table(show_lines=False, title=f"{len(records)} events")
    for col in ("date", "source", "type", "target", "cameo", "status", "conf", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        date = r["date"] or "?"
        if r["end_date"] and not date.endswith(r["end_date"]):
            date = f"{date}..{r['end_date']}"
        mode = f"/{r['plover_mode']}" if r["plover_mode"] else ""
        table.add_row(
            escape(date),
            escape(r["source_actor"]),
            escape(r["plover_type"] + mode),
            escape(r["target_actor"]),
            escape(r["cameo_code"]),
            escape(r["status"]),
            f"{r['confidence']:.2f}",
            escape(_clip(r["evidence"], 90)),
        )
    out.print(table)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command("show")
def show_document(
    doc_id: Annotated[str, typer.Argument(help="A stored document id.")], db: DbOpt = DEFAULT_URL
) -> None:
    """Print a stored document with its actors, triggers and dates marked, and its events."""
    reading = _run(lambda: api.load_reading(doc_id, db))
    if reading is None:
        err.print(f"error: no document {doc_id!r} in {db}", highlight=False)
        raise typer.Exit(1)
    color = out.is_terminal
    out.print(show.render(reading, color=color), markup=color, highlight=False)


@app.command("eval")
def evaluate(
    gold: Annotated[
        list[Path],
        typer.Argument(
            help="Gold files: bilat JSON (FORMAT.md), PETRARCH validation records (*.xml), PLOVER gold "
            "records (JSON lines with text and event_current), NGEC actor cases (JSON lines with calls "
            "and asserts)."
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON, one object per format (per file for XML and PLOVER).")
    ] = False,
    confusion: Annotated[
        bool, typer.Option("--confusion", help="Also a confusion matrix by PLOVER type (bilat JSON, PLOVER).")
    ] = False,
    model: ModelOpt = Settings.model,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors", help="Extra actor file; for PETRARCH records, replaces the file's own dictionaries."
        ),
    ] = None,
    patterns: PatternsOpt = None,
) -> None:
    """Score bilat against gold files of four kinds, told apart by their name and fields."""
    from bilat.evaluate import (
        bilat_json_confusion,
        format_confusion,
        format_petrarch,
        format_plover,
        format_table,
        group_by_kind,
    )
    from bilat.evaluate.ngec import format_ngec

    settings = _settings(model, actors, patterns)
    groups = group_by_kind(gold)
    reports: list[tuple[dict[str, Any], str]] = []
    if groups["bilat_json"]:
        scores = _run(lambda: api.evaluate(groups["bilat_json"], settings))
        report, text = scores.as_json(), format_table(scores)
        if confusion:
            matrix = bilat_json_confusion(scores)
            report["confusion"] = matrix.as_json()
            text += "\n" + format_confusion(matrix)
        reports.append((report, text))
    for path in groups["petrarch"]:
        petrarch = _run(lambda path=path: api.evaluate_petrarch(path, settings))
        reports.append((petrarch.as_json(), format_petrarch(petrarch)))
    for path in groups["plover"]:
        plover = _run(lambda path=path: api.evaluate_plover(path, settings))
        text = format_plover(plover) + ("\n" + format_confusion(plover.confusion) if confusion else "")
        reports.append((plover.as_json(confusion), text))
    for path in groups["ngec"]:
        ngec = _run(lambda path=path: api.evaluate_ngec(path, settings))
        reports.append((ngec.as_json(), format_ngec(ngec)))
    for report, text in reports:
        sys.stdout.write((json.dumps(report, indent=1) if as_json else text) + "\n")


@app.command()
def recode(
    db: DbOpt = DEFAULT_URL,
    doc: Annotated[list[str] | None, typer.Option("--doc", help="Only these documents.")] = None,
    model: ModelOpt = Settings.model,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
) -> None:
    """Re-code stored documents after an upgrade of patterns, dictionaries or model."""
    report = _run(
        lambda: api.recode(db, doc_ids=tuple(doc or ()), settings=_settings(model, actors, patterns))
    )
    err.print(f"recoded {report.documents} documents, {report.events} events in {report.seconds:.1f}s")


def _pair(a: str, b: str) -> tuple[str, str]:
    return a.upper(), b.upper()


INDICATOR_FIELDS = (
    "doc_id", "what", "what_text", "value", "unit", "year", "year_qualifier", "qualifier", "actors", "text",
    "evidence",
)  # fmt: skip


@app.command()
def indicators(
    db: DbOpt = DEFAULT_URL,
    dyad: Annotated[
        tuple[str, str] | None, typer.Option(help="Two countries (e.g. RUS CAF), in either order.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    items: Annotated[
        bool, typer.Option("--items", help="List goods traded and sectors of interest instead of figures.")
    ] = False,
) -> None:
    """List the stored figures of relationships (trade, aid, people trained, votes ...), or with --items
    the goods traded and sectors of interest that texts list."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if items:
        _listed_items(_run(lambda: api.listed_items(db, _pair(*dyad) if dyad else None)), fmt)
        return
    records = _run(lambda: api.indicators(db, _pair(*dyad) if dyad else None))
    if fmt != "table":
        _write_records(records, fmt, INDICATOR_FIELDS)
        return
    table = Table(title=f"{len(records)} figures")
    for col in ("year", "actors", "what", "value", "unit", "qualifier", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        year = "" if r["year"] is None else f"{r['year_qualifier'] or ''} {r['year']}".strip()
        table.add_row(
            escape(year),
            escape(" ".join(r["actors"])),
            escape(r["what_text"] or r["what"]),
            f"{r['value']:,.10g}",
            escape(r["unit"]),
            escape(r["qualifier"] or ""),
            escape(_clip(r["evidence"], 80)),
        )
    out.print(table)


ITEM_FIELDS = ("doc_id", "kind", "item", "actors", "cue", "evidence")


def _listed_items(records: list[dict[str, Any]], fmt: str) -> None:
    if fmt != "table":
        _write_records(records, fmt, ITEM_FIELDS)
        return
    table = Table(title=f"{len(records)} listed items")
    for col in ("kind", "actors", "item", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        table.add_row(
            escape(r["kind"]),
            escape(" ".join(r["actors"])),
            escape(r["item"]),
            escape(_clip(r["evidence"], 80)),
        )
    out.print(table)


@app.command()
def relations(
    country: Annotated[str, typer.Argument(help="A country code, e.g. RUS.")], db: DbOpt = DEFAULT_URL
) -> None:
    """Rank a country's partners by the number of events between them, with their cooperation index."""
    ranked = _run(lambda: api.partners(country.upper(), db))
    table = Table(title=f"partners of {escape(country.upper())}")
    for col in ("partner", "events", "cooperative", "conflictual", "index", "last event"):
        table.add_column(col)
    for p in ranked:
        index = "" if p.index is None else f"{p.index:+.2f}"
        table.add_row(
            escape(p.code),
            str(p.events),
            str(p.cooperative),
            str(p.conflictual),
            index,
            escape(p.last_date or ""),
        )
    out.print(table)


@app.command()
def timeline(
    a: CountryArg,
    b: OtherCountryArg,
    db: DbOpt = DEFAULT_URL,
    since: SinceOpt = None,
    until: UntilOpt = None,
) -> None:
    """The events (one per real-world event, with its number of sources) and figures of a pair, by date."""
    entries = _run(lambda: api.timeline(*_pair(a, b), db, since=since, until=until))
    table = Table(title=f"{escape(a.upper())} - {escape(b.upper())}: {len(entries)} entries")
    for col in ("date", "what", "sources", "evidence"):
        table.add_column(col, overflow="fold")
    for entry in entries:
        if entry.occurrence is not None:
            e = entry.occurrence.lead
            mode = f"/{e.plover_mode}" if e.plover_mode else ""
            what = f"{e.source.code} {e.plover_type}{mode} {e.target.code} ({entry.occurrence.status})"
            sources, evidence = len(entry.occurrence.citations), e.evidence
        else:
            f = entry.figure
            assert f is not None and entry.citation is not None
            what = f"{f.what_text or f.what}: {f.value:,.10g} {f.unit} {' '.join(f.actors)}"
            sources, evidence = 1, entry.citation.sentence
        table.add_row(escape(entry.date or "?"), escape(what), str(sources), escape(_clip(evidence, 80)))
    out.print(table)


@app.command()
def dossier(
    a: CountryArg,
    b: OtherCountryArg,
    db: DbOpt = DEFAULT_URL,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to stdout.")] = None,
) -> None:
    """Write the state of a bilateral relationship, every statement cited (Markdown, HTML or JSON)."""
    if fmt not in ("md", "html", "json"):
        raise typer.BadParameter("--format must be md, html or json")
    made = _run(lambda: api.dossier(*_pair(a, b), db, since=since, until=until))
    chart_dir = output.parent if output is not None else None
    prefix = output.stem if output is not None else "dossier"
    text = _run(lambda: render_dossier(made, cast(Format, fmt), chart_dir, prefix))
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            err.print(f"error: cannot write {escape(str(output))}: {escape(exc.strerror or str(exc))}")
            raise typer.Exit(2) from None
        err.print(f"wrote {escape(str(output))}")


def _run(call: Any) -> Any:
    try:
        return call()
    except BilatError as exc:
        err.print(f"error: {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None


def main() -> None:
    app()
