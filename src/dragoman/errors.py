"""The exception tree. Every error dragoman raises on purpose is a ``DragomanError``.

::

    DragomanError                 base; carries a code, a message and a hint (how to fix)
     ├── InputError               a file, URL, record or argument that cannot be used
     │    └── FetchError          a URL that could not be fetched (network, HTTP status, robots.txt)
     ├── ConfigError              a setting or installation problem
     │    └── ModelMissing        the spaCy pipeline named by the settings is not installed
     ├── ExtractorError           an extractor is unknown or misconfigured
     ├── StoreError               the database cannot be opened, migrated or written
     └── NotFound                 an id, story, entity or watchlist that does not exist

The CLI (``dragoman.cli``) and the web layer (``dragoman.web``) each translate these into
messages or HTTP answers in exactly one place. Expected per-item rejections (an empty page,
a binary file) are not exceptions: they are ``dragoman.records.Rejected`` values.
"""

from __future__ import annotations


class DragomanError(Exception):
    """Base error: ``code`` names the failure, ``hint`` says how to fix it."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(DragomanError):
    code = "E100"


class FetchError(InputError):
    code = "E110"


class ConfigError(DragomanError):
    code = "E200"


class ModelMissing(ConfigError):
    code = "E201"


class ExtractorError(DragomanError):
    code = "E300"


class StoreError(DragomanError):
    code = "E400"


class NotFound(DragomanError):
    code = "E404"
