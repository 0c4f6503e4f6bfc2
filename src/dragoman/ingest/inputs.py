"""Every kind of input, dispatched: ``read_inputs`` yields one ``RawDocument`` or ``Rejected`` per page.

=====================================  ==========================================================
input                                  read as
=====================================  ==========================================================
``-``                                  standard input (text, HTML or JSON Lines, gzipped too)
``http://...``, ``https://...``        fetched: an HTML page, or a feed / sitemap whose pages are fetched
``*.warc``, ``*.warc.gz``              every HTML response record of the archive
``*.urls``; ``*.txt`` of URLs only     one URL a line (``#`` comments), each read as above
``*.rss``, ``*.atom``                  a feed file: its items' pages are fetched
``*.xml``, ``*.xml.gz``                a feed or a sitemap (urlset or sitemapindex), by its root element
``*.txt``, ``*.html``, ``*.jsonl`` ..  local pages (``dragoman.ingest.files``)
a directory                            every file above under it, minus ``.dragomanignore`` patterns
=====================================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from dragoman.ingest import files
from dragoman.ingest.documents import RawDocument
from dragoman.ingest.http import Fetcher
from dragoman.ingest.payloads import sniff
from dragoman.ingest.remote import read_feed, read_sitemap, read_url
from dragoman.ingest.urls import is_url, looks_like_url_list, url_lines
from dragoman.ingest.warc import read_warc
from dragoman.records import Rejected

Produced = RawDocument | Rejected

OFFLINE_HINT = "this command reads local files only; fetch URLs, feeds and sitemaps with 'dragoman extract' or 'ingest'"


class _Fetchers:
    """The fetcher given by the caller, or one opened on first use (and closed at the end)."""

    def __init__(self, given: Fetcher | None, offline: bool) -> None:
        self.given, self.offline = given, offline
        self.opened: Fetcher | None = None

    def get(self) -> Fetcher:
        if self.given is not None:
            return self.given
        if self.opened is None:
            from dragoman.settings import Settings

            self.opened = Fetcher(Settings())
        return self.opened

    def close(self) -> None:
        if self.opened is not None:
            self.opened.close()


def read_inputs(paths: Iterable[str], *, max_bytes: int, stdin: IO[bytes] | None = None,
                fetcher: Fetcher | None = None, offline: bool = False) -> Iterator[Produced]:
    """Yield one ``RawDocument`` or ``Rejected`` per page found under ``paths``, in order.

    URLs are fetched with ``fetcher`` (one built from the settings when None); with ``offline``
    they are rejected instead (reason ``not_fetched``).
    """
    fetchers = _Fetchers(fetcher, offline)
    try:
        for given in paths:
            if given == "-":
                yield from files.read_stdin(stdin, max_bytes=max_bytes)
            elif is_url(given):
                yield from _read_url(given, fetchers)
            elif Path(given).is_dir():
                children = files.walk_directory(given)
                if isinstance(children, Rejected):
                    yield children
                    continue
                for child in children:
                    yield from read_path(str(child), max_bytes=max_bytes, fetchers=fetchers)
            elif not Path(given).exists():
                yield Rejected(source=given, reason="missing", detail="no such file or directory")
            else:
                yield from read_path(given, max_bytes=max_bytes, fetchers=fetchers)
    finally:
        fetchers.close()


def read_path(given: str, *, max_bytes: int, fetchers: _Fetchers | None = None) -> Iterator[Produced]:
    """One local file, by its suffix (and, for ``.txt`` and ``.xml``, its content)."""
    fetchers = fetchers or _Fetchers(None, offline=True)
    suffix, _gz = files.suffix_of(Path(given).name)
    if suffix in files.WARC_SUFFIXES:
        yield from read_warc(given, max_bytes=max_bytes)
    elif suffix in files.URL_LIST_SUFFIXES or (suffix in (".txt", "") and looks_like_url_list(Path(given))):
        yield from _read_url_list(given, fetchers)
    elif suffix in files.FEED_SUFFIXES or suffix == ".xml":
        yield from _read_xml(given, suffix, max_bytes, fetchers)
    else:
        yield from files.read_file(given, max_bytes=max_bytes)


def _read_url(url: str, fetchers: _Fetchers) -> Iterator[Produced]:
    if fetchers.offline:
        yield Rejected(source=url, reason="not_fetched", detail=OFFLINE_HINT)
    else:
        yield from read_url(url, fetchers.get())


def _read_url_list(given: str, fetchers: _Fetchers) -> Iterator[Produced]:
    try:
        text = Path(given).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejected(source=given, reason="unreadable", detail=f"the URL list is not readable UTF-8 text ({exc})")
        return
    lines = url_lines(text)
    if not lines:
        yield Rejected(source=given, reason="empty", detail="the URL list holds no URLs")
    for lineno, line in lines:
        if is_url(line):
            yield from _read_url(line, fetchers)
        else:
            yield Rejected(source=f"{given}#{lineno}", reason="bad_url",
                           detail=f"{line[:80]!r} is not an http(s) URL; a .urls file holds one URL a line")


def _read_xml(given: str, suffix: str, max_bytes: int, fetchers: _Fetchers) -> Iterator[Produced]:
    data = files.read_bytes(given, max_bytes=max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    kind = sniff(data)
    if suffix in files.FEED_SUFFIXES and kind != "sitemap":
        kind = "feed"
    if kind not in ("feed", "sitemap"):
        yield Rejected(source=given, reason="unsupported",
                       detail="an XML file must be an RSS/Atom feed or a sitemap (urlset, sitemapindex)")
    elif fetchers.offline:
        yield Rejected(source=given, reason="not_fetched", detail=OFFLINE_HINT)
    elif kind == "feed":
        yield from read_feed(given, data, fetchers.get())
    else:
        yield from read_sitemap(given, data, fetchers.get())
