"""Conventions applied to event records on their way out of bilat.

PLOVER codes a planned meeting, support, cooperation or aid as AGREE (an agreement to do it), where bilat
keeps the type of the act and says ``status: planned``. :func:`future_as_agree` gives a record in PLOVER's
convention, keeping bilat's reading beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FUTURE_AGREE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
"""Types that PLOVER codes as AGREE when the act is planned (described in the future tense)."""


def plover_convention_type(plover_type: str, status: str | None) -> str:
    """The PLOVER type under PLOVER's convention: a planned CONSULT, SUPPORT, COOPERATE or AID is AGREE."""
    if plover_type in FUTURE_AGREE_TYPES and status == "planned":
        return "AGREE"
    return plover_type


def future_as_agree(record: Mapping[str, Any]) -> dict[str, Any]:
    """An event record (:meth:`bilat.model.Event.as_record`) in PLOVER's convention: a planned CONSULT,
    SUPPORT, COOPERATE or AID becomes AGREE with no mode, and ``coded_plover_type`` / ``coded_plover_mode``
    keep what bilat coded. Other records come back unchanged (as a copy)."""
    out = dict(record)
    kind = str(record.get("plover_type") or "")
    converted = plover_convention_type(kind, record.get("status"))
    if converted != kind:
        out["coded_plover_type"] = kind
        out["coded_plover_mode"] = record.get("plover_mode")
        out["plover_type"] = converted
        out["plover_mode"] = None
    return out
