"""bilat: international-relations news -> coded, dated, sourced events.

The public API::

    import bilat
    reading = bilat.read(text, date="2025-01-16")      # events, mentions, times of one text
    report = bilat.ingest(["news/"], db="sqlite:///bilat.db")
    rows = bilat.events("sqlite:///bilat.db", bilat.EventQuery(dyad=("RUS", "CAF")))
    brief = bilat.dossier("RUS", "CAF", "sqlite:///bilat.db")   # render with bilat.report.render
    lines = bilat.timeline("RUS", "CAF", "sqlite:///bilat.db")
    ranked = bilat.partners("RUS", "sqlite:///bilat.db")

The stored figures as records are ``bilat.api.indicators(db, dyad)`` (not re-exported here: the name
``bilat.indicators`` is the extraction package).
"""

from bilat.api import (
    IngestReport,
    Progress,
    dossier,
    evaluate,
    events,
    ingest,
    load_reading,
    partners,
    read,
    recode,
    timeline,
)
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
    "dossier",
    "evaluate",
    "events",
    "ingest",
    "load_reading",
    "partners",
    "read",
    "recode",
    "timeline",
]
