"""Static files from the package, and plotly.js from the installed plotly wheel (no CDN)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response

from dragoman.errors import ConfigError

router = APIRouter()
CACHE = {"cache-control": "public, max-age=86400"}


def plotly_path() -> Path:
    path = Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))
    if not path.is_file():
        raise ConfigError("plotly.min.js is missing from the installed plotly package",
                          hint="reinstall plotly (pip install -c requirements/constraints.txt plotly)")
    return path


@router.get("/static/vendor/plotly.min.js", include_in_schema=False)
def plotly_js() -> Response:
    return FileResponse(plotly_path(), media_type="text/javascript", headers=CACHE)
