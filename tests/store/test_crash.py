"""A real ``dragoman ingest`` killed with SIGKILL mid-run: no partial article, and a re-run completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dragoman.store import Store
from dragoman.store.schema import article_bands, articles, mentions

FIRST = ["Amara", "Bogdan", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Ingrid", "Jonas"]
LAST = ["Okafor", "Petrescu", "Lindahl", "Moreau", "Castellano", "Novak"]
CITIES = ["Lisbon", "Warsaw", "Nairobi", "Lima", "Hanoi", "Oslo"]


def page(i: int) -> str:
    name = f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}"
    city = CITIES[i % len(CITIES)]
    return (f"Trade envoy visits {city} for talks number {i}\n\n"
            f"Trade envoy {name} arrived in {city} on Monday for the {i}th round of talks on port fees, "
            f"customs forms and grain quotas, officials said. {name.split()[1]} met the city's mayor and "
            f"representatives of {i % 7 + 2} shipping firms before a closed session at the chamber of commerce. "
            f"\"We expect to settle the question of inspection fees within weeks,\" {name} told reporters after "
            f"the session, adding that a draft text would be circulated to members by the end of the month.\n")


def complete(store: Store) -> tuple[int, int]:
    """(articles, articles missing a part that the ingest transaction writes)."""
    with store.reading() as conn:
        total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        bands = select(func.count()).where(article_bands.c.article_id == articles.c.id).scalar_subquery()
        named = select(func.count()).where(mentions.c.article_id == articles.c.id).scalar_subquery()
        broken = conn.execute(select(func.count()).select_from(articles).where(
            (articles.c.story_id.is_(None)) | (articles.c.signature.is_(None)) | (bands != 32) | (named == 0))
        ).scalar_one()
    return int(total), int(broken)


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_no_partial_article_and_a_rerun_completes(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    count = 80
    for i in range(count):
        (folder / f"page{i:03d}.txt").write_text(page(i), encoding="utf-8")
    command = [sys.executable, "-c", "import sys; from dragoman.cli import main; sys.exit(main())",
               "ingest", str(folder), "--db", db_url, "--quiet"]
    env = {**os.environ, "DRAGOMAN_PROGRESS": "false"}
    with Store.open(db_url) as store:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 120
            while complete(store)[0] < 5:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest ended early"
                assert time.monotonic() < deadline, "ingest made no progress"
                time.sleep(0.02)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        stored, broken = complete(store)
        assert 5 <= stored < count
        assert broken == 0

        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        stored, broken = complete(store)
        assert (stored, broken) == (count, 0)
        with store.reading() as conn:
            keys = conn.execute(select(func.count(func.distinct(articles.c.key)))).scalar_one()
        assert keys == count
