"""``create_app(settings)``: the read-only web UI and JSON API over one ledger database.

Routers call ``dragoman.store`` query functions only; every page has a JSON twin under /api
(see ``twin.py``); errors are translated in ``failures.py``; ``guard.py`` keeps the server
read-only and puts a strict Content-Security-Policy on every response.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dragoman import __version__
from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.web import failures
from dragoman.web.guard import Guard
from dragoman.web.routes import (
    articles,
    assets,
    deals,
    discrepancies,
    entities,
    exports,
    items,
    overview,
    search,
    stories,
)

DESCRIPTION = (
    "The dragoman ledger, read-only: stories, deals, pledges, quotes, events, entities and "
    "discrepancies, each traceable to the sentence it came from. Every HTML page has a JSON twin "
    "here under /api with the same filters and paging."
)


def create_app(settings: Settings | None = None, *, store: Store | None = None, today: dt.date | None = None) -> FastAPI:
    """The app over ``settings.db`` (migrated to the current schema on start), or over ``store`` when given.

    ``today`` fixes the day that due dates and days left count from (else the setting ``today``, else
    the real day of each request)."""
    settings = settings or Settings()
    owned = store is None
    opened = store or Store.open(settings.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if owned:
                opened.close()

    app = FastAPI(title="dragoman", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.store = opened
    app.state.settings = settings
    app.state.today = today
    failures.install(app)
    for module in (assets, overview, stories, deals, items, entities, discrepancies, articles, search, exports):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(packages=[("dragoman.web", "static")]), name="static")
    app.add_middleware(Guard)
    return app
