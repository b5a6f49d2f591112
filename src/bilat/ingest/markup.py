"""Turning HTML fragments into plain text, for feed entries and for text fields that carry markup.

Block elements become line breaks, ``<br>`` a newline, script/style content is dropped and entities are
decoded. Text without markup is left as it is, apart from its line endings (``\\r\\n`` and ``\\r`` become
``\\n``) and a leading byte-order mark.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["clean_text", "html_to_text", "looks_like_markup", "normalise_newlines"]

_BLOCK_TAGS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    )
)
_SKIP_TAGS = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "button",
    )
)
_INLINE_TAGS = frozenset(
    (
        "a",
        "abbr",
        "b",
        "body",
        "br",
        "em",
        "font",
        "html",
        "i",
        "img",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "u",
    )
)
_KNOWN_TAGS = _BLOCK_TAGS | _SKIP_TAGS | _INLINE_TAGS
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<!--.*?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_markup(text: str) -> bool:
    """True when the text holds HTML tags (of known HTML elements) or comments."""
    for found in _TAG.finditer(text):
        name = found.group(1)
        if name is None or name.lower() in _KNOWN_TAGS:
            return True
    return False


def clean_text(text: str) -> str:
    """Plain text: newlines normalised, markup turned into text, entities decoded, ends stripped."""
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if looks_like_markup(text):
        text = html_to_text(text)
    elif _ENTITY.search(text):
        text = html.unescape(text)
    return text.strip()


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per block element."""
    parser = _TextCollector()
    parser.feed(fragment)
    parser.close()
    return parser.text()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping.append(tag)
        elif tag == "br":
            self._parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag in _BLOCK_TAGS:
            self._parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def text(self) -> str:
        return _tidy_blocks("".join(self._parts))


def _tidy_blocks(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between paragraphs."""
    lines = [" ".join(line.split()) for line in normalise_newlines(text).split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()
