"""Ingest: turn files, JSON Lines, URLs, feeds, sitemaps and WARC archives into ``RawDocument`` values."""

from dragoman.ingest.documents import RawDocument
from dragoman.ingest.inputs import read_inputs

__all__ = ["RawDocument", "read_inputs"]
