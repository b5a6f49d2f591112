"""bilat's exceptions. Every message says what went wrong and where (file, line, setting).

Hierarchy::

    BilatError                    root: catch this to catch everything bilat raises on purpose
    ├── InputReadError            an input could not be read (file, line, reason)
    ├── ConfigError               a setting, a data file or a user's pattern/actor file is invalid
    ├── ModelError                the spaCy pipeline is missing or unusable
    ├── StoreError                the database refused or failed (driver errors are mapped here)
    └── GoldFormatError           a gold file for ``bilat eval`` does not follow FORMAT.md

Codes (``E001`` ...) are stable so a user can search for them.
"""

from __future__ import annotations


class BilatError(Exception):
    """Root of bilat's exceptions."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputReadError(BilatError):
    code = "E001"

    def __init__(self, origin: str, reason: str, line: int | None = None) -> None:
        where = origin if line is None else f"{origin}:{line}"
        super().__init__(f"{where}: {reason}")
        self.origin = origin
        self.line = line
        self.reason = reason


class ConfigError(BilatError):
    code = "E002"


class ModelError(BilatError):
    code = "E003"


class StoreError(BilatError):
    code = "E004"


class GoldFormatError(BilatError):
    code = "E005"
