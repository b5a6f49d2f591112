"""Sums of money: a currency sign or code before the number ("$0.9 million", "US$3bn", "€500m", "USD 40
million") or a currency word after it ("6 million dollars", "1.2 billion yuan"); "$" alone is USD. The
currency is kept as stated; scale words are resolved; "$3 to $5 billion" gives the first sum the scale of
the second."""

from __future__ import annotations

import re
from decimal import Decimal

from bilat.indicators.clauses import RANKS, Found
from bilat.indicators.kinds import RX_WHAT_AFTER, kind
from bilat.indicators.numbers import DIGITS, NUM_START, SCALE, opens_range, qualifier, scale_of

_PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",
    "mx$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "cn¥": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₦": "NGN",
    "rs.": "INR",
    "rs": "INR",
}
_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|INR|RUB|CHF|AUD|CAD|HKD|SGD|KRW|BRL|TRY|ZAR|NGN|SAR|AED|XAF|XOF|PKR|IDR|MXN|UAH|"
    "KZT|EGP|IRR"
)
_CODE_SET = frozenset(_CODES.split("|"))
# words after the number: (pattern, code), most specific first
_SUFFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"australian\s+dollars?", "AUD"),
    (r"canadian\s+dollars?", "CAD"),
    (r"hong\s+kong\s+dollars?", "HKD"),
    (r"singapore\s+dollars?", "SGD"),
    (r"new\s+zealand\s+dollars?", "NZD"),
    (r"(?:new\s+)?taiwan\s+dollars?", "TWD"),
    (r"(?:(?:us|u\.s\.|american)\s+)?dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"(?:pounds?\s+)?sterling|british\s+pounds?|pounds?", "GBP"),
    (r"yuan|renminbi", "CNY"),
    (r"yen", "JPY"),
    (r"r[uo]ubles?", "RUB"),
    (r"pakistani\s+rupees?", "PKR"),
    (r"(?:indian\s+)?rupees?", "INR"),
    (r"(?:south\s+korean\s+)?won", "KRW"),
    (r"reais|reals?", "BRL"),
    (r"rand", "ZAR"),
    (r"naira", "NGN"),
    (r"(?:turkish\s+)?liras?", "TRY"),
    (r"(?:saudi\s+)?riyals?", "SAR"),
    (r"(?:uae\s+)?dirhams?", "AED"),
    (r"(?:swiss\s+)?francs?", "CHF"),
    (r"hryvni?as?", "UAH"),
    (r"tenge", "KZT"),
)
_CFA = re.compile(r"cfa\s+francs?", re.IGNORECASE)

_PREFIX_ALT = "|".join(
    re.escape(sign) for sign in sorted(_PREFIX_CURRENCIES, key=len, reverse=True) if sign not in ("rs", "rs.")
)
_RX_MONEY_PREFIX = re.compile(
    rf"(?<![\w$€£¥₹₽₩₺₦])(?P<cur>(?i:{_PREFIX_ALT})|\b(?i:rs\.?)(?=\s?\d)|\b(?:{_CODES})\s)"
    rf"\s?(?P<num>{DIGITS}){SCALE}?"
)
_RX_MONEY_SUFFIX = re.compile(
    rf"{NUM_START}(?P<num>{DIGITS}){SCALE}?\s+(?P<cur>(?i:cfa\s+francs?|"
    + "|".join(pattern for pattern, _ in _SUFFIX_CURRENCIES)
    + rf")|(?:{_CODES}))\b"
)
_SUFFIX_RXS = tuple(
    (re.compile(rf"(?:{pattern})\Z", re.IGNORECASE), code) for pattern, code in _SUFFIX_CURRENCIES
)
_RX_SCALE_NEXT = re.compile(
    rf"\s*(?:-|\u2013|to|and)\s*(?P<cur>{_PREFIX_ALT})?\s?{DIGITS}{SCALE}", re.IGNORECASE
)


def money(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _RX_MONEY_PREFIX.finditer(text):
        cur = m["cur"].strip()
        code = _PREFIX_CURRENCIES.get(cur.lower()) or ("CNY" if cur.upper() == "RMB" else cur.upper())
        scale = scale_of(m)
        if scale is None:
            nxt = _RX_SCALE_NEXT.match(text, m.end())
            if nxt is not None and (nxt["cur"] is None or _PREFIX_CURRENCIES.get(nxt["cur"].lower()) == code):
                scale = scale_of(nxt)
        out.append(_money_found(text, m, code, scale or 1))
    for m in _RX_MONEY_SUFFIX.finditer(text):
        out.append(_money_found(text, m, _suffix_code(m["cur"]), scale_of(m) or 1))
    return out


def _money_found(text: str, m: re.Match[str], code: str, scale: int) -> Found:
    start, end = m.start(), m.end()
    value = float(Decimal(m["num"].replace(",", "")) * scale)
    what, what_text = kind(text, start, end)
    if what == "other":
        after = RX_WHAT_AFTER.match(text[end:])
        what_text = "" if after is None else after["what"]
    return Found(
        start,
        end,
        m.start("num"),
        m.end("num"),
        value,
        code,
        what,
        what_text,
        qualifier(text, start),
        RANKS["money"],
        opens_range=opens_range(text, start),
    )


def _suffix_code(words: str) -> str:
    if words.upper() in _CODE_SET:
        return "CNY" if words.upper() == "RMB" else words.upper()
    if _CFA.fullmatch(words):
        return "XAF"
    for rx, code in _SUFFIX_RXS:
        if rx.match(words):
            return code
    return words.upper()  # pragma: no cover - every alternative of the pattern is in the table
