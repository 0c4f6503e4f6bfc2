"""XML sitemaps: a ``urlset`` lists pages (with Google News titles and dates when present), a
``sitemapindex`` lists further sitemaps. Parsed with entities and network access switched off."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from dragoman.records import Rejected

_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: pages (``urlset``) or further sitemaps (``sitemapindex``)."""

    is_index: bool
    entries: list[SitemapEntry]


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(node: etree._Element, name: str, namespace: str | None = None) -> str | None:
    for child in node:
        if _local(child.tag) == name and (namespace is None or str(child.tag).startswith(f"{{{namespace}}}")):
            text = (child.text or "").strip()
            return text or None
    return None


def parse_sitemap(source: str, data: bytes) -> Sitemap | Rejected:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        return Rejected(source=source, reason="bad_sitemap", detail=f"not well-formed XML ({exc})")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return Rejected(source=source, reason="bad_sitemap", detail=f"the root element is <{kind}>, not <urlset> or <sitemapindex>")
    entries: list[SitemapEntry] = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = _text(node, "loc")
        if not loc:
            continue
        title = published = None
        for child in node:
            if _local(child.tag) == "news":
                title = _text(child, "title", _NEWS)
                published = _text(child, "publication_date", _NEWS)
        entries.append(SitemapEntry(url=loc, lastmod=_text(node, "lastmod"), title=title, published=published))
    return Sitemap(is_index=kind == "sitemapindex", entries=entries)
