"""Clean: a raw page becomes an ``Article`` (body, title, outlet, publication date) or a ``Rejected``."""

from dragoman.clean.article import clean_document

__all__ = ["clean_document"]
