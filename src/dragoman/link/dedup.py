"""Near-duplicates and wire copies: MinHash over word shingles, banded for indexed lookup.

An article's signature is a 128-value MinHash of its 5-word shingles. The signature is cut
into 32 bands of 4 values and each band hashed to a 64-bit key; two articles whose shingle
sets have Jaccard similarity ``s`` share at least one band key with probability
``1 - (1 - s**4)**32`` (0.50 -> 0.87, 0.6 -> 0.98, 0.3 -> 0.23). The store keeps the band keys
in an indexed table, so a new article finds its candidates with one query; the candidates
are then checked on their full signatures. A copy links to the earliest article of its
group (the original), so that a wire story printed by ten outlets counts once.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from dragoman.link.words import tokens

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
SEED = 1
THRESHOLD = 0.5  # estimated Jaccard similarity from which two bodies are copies of one text

Signature = np.ndarray


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The distinct ``size``-word shingles of ``text`` (folded), as bytes."""
    words = tokens(text)
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return list({" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)})


def signature(text: str) -> Signature | None:
    """The MinHash signature of ``text``; None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    minhash.update_batch(grams)
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def signature_bytes(sig: Signature) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per band (the band number is part of the key)."""
    values = np.asarray(sig, dtype="<u4")
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS:(band + 1) * ROWS].tobytes() + band.to_bytes(1, "little")
        keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True))
    return keys


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


@dataclass(frozen=True)
class Known:
    """An article already seen, as a dedup candidate."""

    article_id: int
    signature: Signature
    published: str | None
    original_id: int | None = None  # set when this article is itself a copy


@dataclass(frozen=True)
class CopyOf:
    original_id: int
    similarity: float


def find_original(sig: Signature, candidates: Iterable[Known], *, threshold: float = THRESHOLD) -> CopyOf | None:
    """The original of the group ``sig`` copies, or None when no candidate is similar enough.

    Among similar candidates the group of the most similar one wins; its original is the root
    of that group (a copy's original, or the candidate itself).
    """
    best: tuple[float, Known] | None = None
    for known in candidates:
        score = similarity(sig, known.signature)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, known)
    if best is None:
        return None
    score, known = best
    return CopyOf(original_id=known.original_id or known.article_id, similarity=score)


def earlier(a_published: str | None, a_order: int, b_published: str | None, b_order: int) -> bool:
    """True when article a came first: by publication date when both have one, else by arrival."""
    if a_published and b_published and a_published[:10] != b_published[:10]:
        return a_published < b_published
    return a_order < b_order


class BandIndex:
    """An in-memory band index with the same lookup as the store's: for batches and benchmarks."""

    def __init__(self) -> None:
        self._bands: dict[int, list[int]] = defaultdict(list)
        self._known: dict[int, Known] = {}

    def __len__(self) -> int:
        return len(self._known)

    def candidates(self, keys: Iterable[int]) -> list[Known]:
        ids = {article_id for key in keys for article_id in self._bands.get(key, ())}
        return [self._known[i] for i in sorted(ids)]

    def add(self, known: Known, keys: Iterable[int]) -> None:
        self._known[known.article_id] = known
        for key in keys:
            self._bands[key].append(known.article_id)
