"""The web UI and JSON API: ``create_app(settings)`` (served by ``dragoman serve``)."""

from dragoman.web.app import create_app

__all__ = ["create_app"]
