"""Every page has a JSON twin: one data function serves ``/api/PATH`` as JSON and ``/PATH`` as HTML.

The data function is an ordinary FastAPI endpoint (its parameters are the page's filters and
paging, documented in /openapi.json). The HTML route takes the very same function as a
dependency, so both answer from the same query with the same parameters, as datasette does.
"""

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from dragoman.store import Store
from dragoman.web.failures import ERROR_RESPONSES
from dragoman.web.render import render


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def get_today(request: Request) -> dt.date:
    """The day taken as today: ``create_app(today=...)``, else the setting ``today``, else the real today."""
    fixed: dt.date | None = request.app.state.today
    return fixed or request.app.state.settings.day()


TodayDep = Annotated[dt.date, Depends(get_today)]


def twin(router: APIRouter, path: str, template: str, data: Callable[..., dict[str, Any]], *,
         summary: str, tag: str) -> None:
    """Register ``/api{path}`` (JSON, in the OpenAPI schema) and ``{path}`` (HTML) on one data function."""
    api_path = "/api/overview" if path == "/" else f"/api{path}"

    def api(result: Annotated[dict[str, Any], Depends(data)]) -> Response:
        return JSONResponse(result)  # already plain JSON: no jsonable_encoder walk over every row

    api.__name__, api.__doc__ = data.__name__, data.__doc__
    router.add_api_route(api_path, api, methods=["GET"], summary=summary, tags=[tag], responses=ERROR_RESPONSES,
                         response_class=JSONResponse)

    def page(request: Request, result: Annotated[dict[str, Any], Depends(data)]) -> Response:
        return render(request, template, result)

    page.__name__ = f"page_{data.__name__}"
    router.add_api_route(path, page, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
