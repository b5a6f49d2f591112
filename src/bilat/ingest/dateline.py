"""Wire-story datelines ("MOSCOW, January 16. /TASS/.") and the choice of a document's date.

:func:`parse_dateline` reads the dateline at the start of a text (after at most two short lines such as a
title or a byline) in the styles of the big agencies::

    MOSCOW, January 16. /TASS/.           WASHINGTON (Reuters) -         BEIJING, Jan. 5 (Xinhua) --
    UNITED NATIONS, March 3 (AP) —        NEW DELHI, 12 February 2024 (PTI):
    KYIV, Ukraine, May 2, 2024 (AP) —     Paris, 4 June (AFP) -          JERUSALEM —

:func:`resolve_document_date` picks the document date, best source first: the date the caller gave, the
date of the source's metadata, a dateline with a year, a dateline without a year whose year is inferred
from the dates the text states, and otherwise none. Inference never falls back to today's year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from bilat.model import DateBasis, Dateline, Span

__all__ = ["named_weekdays", "normalise_place", "parse_dateline", "resolve_document_date"]

LatestDate = Callable[[str], "dt.date | None"]

_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        _MONTHS[_name.lower()] = _number
        _MONTHS[_name[:3].lower()] = _number
_MONTHS["sept"] = 9

_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
YEARS_AFTER_LATEST = 3  # how many years after the latest year a text states a yearless dateline may be

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
# "January 16", "Jan. 5, 2024", "12 February 2024", "4 June"; an optional weekday in front.
_DATE = (
    rf"(?:{_WEEKDAY})?(?:(?P<month_a>{_MONTH})\s+(?P<day_a>{_DAY})(?:,?\s+(?P<year_a>{_YEAR}))?"
    rf"|(?P<day_b>{_DAY})\s+(?P<month_b>{_MONTH})(?:,?\s+(?P<year_b>{_YEAR}))?)"
)
# A place word: capitalised, possibly all capitals, with inner dots, hyphens and apostrophes
# ("ST. PETERSBURG", "PORT-AU-PRINCE", "N'DJAMENA", "U.N."), or a lower-case particle inside a name.
_WORD = "(?:[A-Z][A-Za-z'\u2019.\\-]*|" r"(?:de|da|do|del|des|la|le|es|el|al|am|au|sur|of|upon)(?=\s))"
_PLACE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
_OUTLET_NAME = "[A-Za-z][\\w&'\u2019. \\-]{0,40}"  # "(Reuters)", "(dpa)"
_OUTLET = rf"(?:\((?P<outlet_p>{_OUTLET_NAME})\)|/(?P<outlet_s>{_OUTLET_NAME})/)"
_DASHES = "-\u2014\u2013"  # hyphen, em dash, en dash
_DASH = rf"(?:-{{1,3}}|[{_DASHES}]|:)"

_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?P<region>(?:,[ \t]+{_PLACE}){{0,2}}?)"
    rf"(?:,[ \t]+(?P<date>{_DATE}))?"
    rf"(?:[ \t]*\.)?"
    rf"(?:[ \t]*{_OUTLET})?"
    rf"(?P<end>[ \t]*\.?[ \t]*{_DASH}|[ \t]*\.(?=\s)|(?<=[)/])[ \t]*\.?(?=\s))"
)
_LOWER_PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "del",
    "des",
    "la",
    "le",
    "les",
    "es",
    "el",
    "al",
    "am",
    "an",
    "au",
    "aux",
    "der",
    "di",
    "du",
    "sur",
    "of",
    "on",
    "upon",
    "and",
    "en",
}
_MAX_LEAD_LINE = 200


def parse_dateline(text: str, doc_id: str = "") -> Dateline | None:
    """The dateline opening ``text``, or None when the text does not open with one.

    The dateline may follow up to two short lines (a title, a byline). It must end with an outlet
    ("(Reuters)", "/TASS/"), a dash or colon, or, after a date, a full stop. A place alone followed by a
    dash counts only when it is written in capitals ("JERUSALEM —"), so that an ordinary sentence
    is not taken for one.
    """
    for start in _candidate_line_starts(text):
        found = _DATELINE.match(text, start)
        if found is None:
            continue
        dateline = _build(found, doc_id)
        if dateline is not None:
            return dateline
    return None


def _candidate_line_starts(text: str) -> list[int]:
    """Offsets of the first three non-blank lines, as long as the ones before them are short."""
    starts: list[int] = []
    position = 0
    while position <= len(text) and len(starts) < 3:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end]
        stripped = line.strip()
        if stripped:
            starts.append(position + (len(line) - len(line.lstrip())))
            if len(stripped) > _MAX_LEAD_LINE:
                break
        position = end + 1
    return starts


def _build(found: re.Match[str], doc_id: str) -> Dateline | None:
    place = found.group("place").rstrip(".")
    date_text = found.group("date")
    outlet = found.group("outlet_p") or found.group("outlet_s")
    dashed = any(mark in found.group("end") for mark in _DASHES)
    if date_text is None:
        if outlet is None and (not _is_capitals(place) or not dashed or len(place) < 3):
            return None
        if found.group("region") and outlet is None:
            return None
        if not _is_capitals(place) and not dashed and ":" not in found.group("end"):
            return None  # "The World Health Organization (WHO) sent ...": a name and its abbreviation
    month = day = year = None
    if date_text is not None:
        month_name = found.group("month_a") or found.group("month_b")
        day_text = found.group("day_a") or found.group("day_b")
        year_text = found.group("year_a") or found.group("year_b")
        month = _MONTHS[month_name.rstrip(".").lower()]
        day = int(re.sub(r"\D", "", day_text))
        year = int(year_text) if year_text else None
        if not _valid_day(year, month, day):
            return None
    start = found.start()
    end = found.end()
    place_start = found.start("place")
    span = Span(start, end, doc_id)
    return Dateline(
        text=found.group(0).strip(),
        span=span,
        place=normalise_place(place),
        place_span=Span(place_start, place_start + len(place), doc_id),
        month=month,
        day=day,
        year=year,
        outlet=outlet.strip() if outlet else None,
    )


def _is_capitals(words: str) -> bool:
    letters = [c for c in words if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _valid_day(year: int | None, month: int, day: int) -> bool:
    last = calendar.monthrange(year if year is not None else 2024, month)[1]  # 2024: Feb 29 allowed
    return 1 <= day <= last


def normalise_place(place: str) -> str:
    """A place as it is usually written: "NEW DELHI" -> "New Delhi", "PORT-AU-PRINCE" -> "Port-au-Prince".

    Names already written in mixed case are kept as they are.
    """
    place = " ".join(place.split())
    if not _is_capitals(place):
        return place
    words = []
    for index, word in enumerate(place.split(" ")):
        parts = word.split("-")
        fixed = [_capitalise(part, first=index == 0 and position == 0) for position, part in enumerate(parts)]
        words.append("-".join(fixed))
    return " ".join(words)


def _capitalise(part: str, *, first: bool) -> str:
    lower = part.lower()
    if not first and lower in _LOWER_PARTICLES:
        return lower
    # N'DJAMENA -> N'Djamena, but XI'AN -> Xi'an: capitalise after an apostrophe only after one letter.
    for mark in ("'", "\u2019"):
        head, sep, tail = lower.partition(mark)
        if sep and len(head) == 1 and tail:
            return head.upper() + sep + tail[:1].upper() + tail[1:]
    return lower[:1].upper() + lower[1:]


def named_weekdays(text: str) -> tuple[int, ...]:
    """The weekdays (Monday = 0) a text names, as in "on Thursday", each once, in the order of their
    first mention."""
    found = re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text)
    return tuple(dict.fromkeys(_WEEKDAYS[name.lower()] for name in found))


def resolve_document_date(
    text: str,
    dateline: Dateline | None,
    given: dt.date | None,
    metadata: dt.date | None,
    *,
    latest_date: LatestDate | None = None,
) -> tuple[dt.date | None, DateBasis, str]:
    """The document date, how it was found, and a note explaining it.

    Priority: ``given`` (the caller's ``--date``) > ``metadata`` (jsonl/html/feed) > a dateline with a
    year > a dateline without a year, the year inferred > unknown.

    Inference takes L, the latest date the text states with a year (``latest_date``, by default
    :func:`bilat.timex.latest_absolute_date`). The candidate years run from L's year to YEARS_AFTER_LATEST
    years after it (background may date only what happened years before), keeping those where the
    dateline's day falls on or after L (a story is not dated before what it reports; "on or after"
    because a story may state its own date in full). When the text names weekdays ("on Thursday"), the
    first candidate on which the dateline's day is the weekday named first wins (the lead tells the news
    of the day; later weekdays are often the days before it), else the next weekday named; otherwise the
    first candidate. Without any date stated with a year, the date stays unknown.
    """
    if given is not None:
        return given, "given", "date given by the caller"
    if metadata is not None:
        return metadata, "metadata", "date from the source's metadata"
    if dateline is None or dateline.month is None or dateline.day is None:
        return None, "unknown", "no date given, in the metadata or in a dateline"
    month, day = dateline.month, dateline.day
    if dateline.year is not None:
        return dt.date(dateline.year, month, day), "dateline", f"dateline '{dateline.text}'"
    if latest_date is None:
        latest_date = _default_latest_date()
    latest = latest_date(text)
    shown = f"{calendar.month_name[month]} {day}"
    if latest is None:
        return (
            None,
            "unknown",
            (f"the dateline gives {shown} without a year and the text states no date with a year"),
        )
    candidates = []
    for year in range(latest.year, latest.year + YEARS_AFTER_LATEST + 1):
        if _valid_day(year, month, day) and dt.date(year, month, day) >= latest:
            candidates.append(dt.date(year, month, day))
    if not candidates:
        return None, "unknown", f"the dateline gives {shown} without a year and no year after {latest} fits"
    for weekday in named_weekdays(text):
        candidate = next((c for c in candidates if c.weekday() == weekday), None)
        if candidate is not None:
            return (
                candidate,
                "inferred",
                (
                    f"the dateline gives {shown} without a year; {candidate.year} is the first year from the "
                    f"latest date in the text ({latest.isoformat()}) in which {shown} is a "
                    f"{calendar.day_name[weekday]}, the first weekday the text names that fits"
                ),
            )
    chosen = candidates[0]
    return (
        chosen,
        "inferred",
        (
            f"the dateline gives {shown} without a year; {chosen.year} is the first year in which {shown} "
            f"falls on or after the latest date in the text ({latest.isoformat()})"
        ),
    )


def _default_latest_date() -> LatestDate:
    from bilat.timex import latest_absolute_date

    return latest_absolute_date
