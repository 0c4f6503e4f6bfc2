"""Ingest: turn files, JSON Lines, URLs, feeds and archives into ``RawDocument`` values."""

from dragoman.ingest.documents import RawDocument
from dragoman.ingest.files import read_inputs

__all__ = ["RawDocument", "read_inputs"]
