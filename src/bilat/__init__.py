"""bilat: international-relations news -> coded, dated, sourced events.

The public API::

    import bilat
    reading = bilat.read(text, date="2025-01-16")      # events, mentions, times of one text
    report = bilat.ingest(["news/"], db="sqlite:///bilat.db")
    rows = bilat.events("sqlite:///bilat.db", bilat.EventQuery(dyad=("RUS", "CAF")))
"""

from bilat.api import IngestReport, Progress, evaluate, events, ingest, load_reading, read, recode
from bilat.errors import BilatError
from bilat.ingest import ReadOptions
from bilat.model import ActorRef, Document, Event, EventDate, InputError, Mention, Place, Reading, Span
from bilat.pipeline import Reader, Settings
from bilat.store import EventQuery

__all__ = [
    "ActorRef",
    "BilatError",
    "Document",
    "Event",
    "EventDate",
    "EventQuery",
    "IngestReport",
    "InputError",
    "Mention",
    "Place",
    "Progress",
    "ReadOptions",
    "Reader",
    "Reading",
    "Settings",
    "Span",
    "evaluate",
    "events",
    "ingest",
    "load_reading",
    "read",
    "recode",
]
