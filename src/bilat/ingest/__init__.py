"""Reading inputs into Documents: text, JSON Lines, HTML pages and RSS/Atom feeds, and their datelines.

One module per kind (``plaintext``, ``jsonl``, ``htmlpage``, ``feed``); ``sources`` expands paths,
directories and globs; ``document`` holds the checks every kind shares; ``dateline`` reads datelines and
chooses the document date. Readers yield :class:`~bilat.model.Document` or
:class:`~bilat.model.InputError` values and never raise for a bad input.
"""

from bilat.ingest.dateline import parse_dateline, resolve_document_date
from bilat.ingest.document import document_from_text, make_doc_id
from bilat.ingest.options import ReadOptions
from bilat.ingest.sources import KNOWN_EXTENSIONS, read_inputs

__all__ = [
    "KNOWN_EXTENSIONS",
    "ReadOptions",
    "document_from_text",
    "make_doc_id",
    "parse_dateline",
    "read_inputs",
    "resolve_document_date",
]
