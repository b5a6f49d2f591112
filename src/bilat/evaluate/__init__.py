"""Scoring bilat against gold: the names ``bilat eval`` and programs use, re-exported from the modules
that hold them.

* :mod:`bilat.evaluate.bilat_json`: our own gold files (``shared/eval/FORMAT.md``): :func:`load_gold`,
  :func:`score`, :func:`format_table`, :func:`evaluate`;
* :mod:`bilat.evaluate.petrarch`: PETRARCH validation records (XML): :func:`load_petrarch`,
  :func:`score_petrarch`, :func:`format_petrarch`, :func:`evaluate_petrarch`;
* :mod:`bilat.evaluate.plover`: PLOVER gold standard records (JSON lines): :func:`load_plover`,
  :func:`score_plover`, :func:`format_plover`, :func:`evaluate_plover`;
* :mod:`bilat.evaluate.confusion`: confusion matrices by PLOVER type;
* :mod:`bilat.evaluate.common`: :class:`PRF`, :func:`gold_kind` and :func:`group_by_kind` (which
  scorer reads a file).
"""

from bilat.evaluate.bilat_json import (
    Alternative,
    DocumentScore,
    GoldDocument,
    GoldEvent,
    Level,
    Match,
    Scores,
    date_agrees,
    date_interval,
    evaluate,
    format_table,
    gold_document_input,
    load_gold,
    score,
)
from bilat.evaluate.common import PRF, GoldKind, ReadMany, gold_kind, group_by_kind
from bilat.evaluate.confusion import NONE, Confusion, bilat_json_confusion, format_confusion
from bilat.evaluate.petrarch import (
    OptionNote,
    PetrarchEvent,
    PetrarchGold,
    PetrarchRecord,
    PetrarchScores,
    RecordScore,
    evaluate_petrarch,
    format_petrarch,
    load_petrarch,
    petrarch_code,
    petrarch_documents,
    predicted_events,
    score_petrarch,
)
from bilat.evaluate.plover import (
    PloverActor,
    PloverScores,
    PloverSentence,
    SentenceScore,
    evaluate_plover,
    format_plover,
    load_plover,
    plover_documents,
    plover_type,
    score_plover,
)

__all__ = [
    "NONE",
    "PRF",
    "Alternative",
    "Confusion",
    "DocumentScore",
    "GoldDocument",
    "GoldEvent",
    "GoldKind",
    "Level",
    "Match",
    "OptionNote",
    "PetrarchEvent",
    "PetrarchGold",
    "PetrarchRecord",
    "PetrarchScores",
    "PloverActor",
    "PloverScores",
    "PloverSentence",
    "ReadMany",
    "RecordScore",
    "Scores",
    "SentenceScore",
    "bilat_json_confusion",
    "date_agrees",
    "date_interval",
    "evaluate",
    "evaluate_petrarch",
    "evaluate_plover",
    "format_confusion",
    "format_petrarch",
    "format_plover",
    "format_table",
    "gold_document_input",
    "gold_kind",
    "group_by_kind",
    "load_gold",
    "load_petrarch",
    "load_plover",
    "petrarch_code",
    "petrarch_documents",
    "plover_documents",
    "plover_type",
    "predicted_events",
    "score",
    "score_petrarch",
    "score_plover",
]
