"""The one place where errors become HTTP answers: a JSON error under /api and /export, a page elsewhere.

``NotFound`` is 404, ``InputError`` 400, ``StoreError`` 503, any other ``DragomanError`` 500;
each answer carries the error's code, message and hint (how to fix), never a traceback. Bad
query parameters (FastAPI's validation) are 422 with the parameter named; unknown addresses
404; anything unexpected 500 with a generic message (the traceback goes to the server log).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from dragoman.errors import DragomanError, InputError, NotFound, StoreError

log = logging.getLogger("dragoman.web")
JSON_PREFIXES = ("/api/", "/export/", "/openapi.json")


class ErrorDetail(BaseModel):
    code: str
    message: str
    hint: str | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter that cannot be used (the hint says how to fix it)"},
    404: {"model": ErrorBody, "description": "No such id"},
}


def status_of(exc: DragomanError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 500


def wants_json(request: Request) -> bool:
    return request.url.path.startswith(JSON_PREFIXES) or request.url.path == "/api"


def answer(request: Request, status: int, code: str, message: str, hint: str | None) -> Response:
    if wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message, "hint": hint}}, status_code=status)
    from dragoman.web.render import render

    return render(request, "error.html", {"status": status, "code": code, "message": message, "hint": hint},
                  status=status)


async def on_dragoman_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DragomanError)
    status = status_of(exc)
    if status >= 500:
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return answer(request, status, exc.code, exc.message, exc.hint)


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "query")
        problems.append(f"{where}: {err.get('msg', 'invalid')}")
    message = "; ".join(problems) or "invalid request"
    if wants_json(request):
        return JSONResponse({"error": {"code": "E422", "message": message,
                                       "hint": "see /openapi.json for the parameters and their forms"},
                             "detail": jsonable_errors(exc)}, status_code=422)
    return answer(request, 422, "E422", message, "check the filters in the address")


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return answer(request, 404, "E404", f"there is no page {request.url.path}", "see the navigation bar")
    return answer(request, exc.status_code, f"E{exc.status_code}", str(exc.detail), None)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return answer(request, 500, "E500", "internal error", "the server log has the details")


def install(app: FastAPI) -> None:
    app.add_exception_handler(DragomanError, on_dragoman_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)

