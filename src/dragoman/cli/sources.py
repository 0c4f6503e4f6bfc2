"""Options shared by the commands that read sources: ``--profile``, ``--allow-private``, ``--http-cache``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from dragoman.ingest.conditional import JsonFileCache
from dragoman.ingest.http import Fetcher
from dragoman.ingest.profiles import Profile, load_profile
from dragoman.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


def source_options(command: F) -> F:
    """Add ``--profile``, ``--allow-private`` and ``--http-cache`` to a command."""
    command = click.option("--http-cache", type=click.Path(dir_okay=False), default=None,
                           help="Remember ETag/Last-Modified in this JSON file; unchanged pages are then "
                                "skipped (reason not_modified).")(command)
    command = click.option("--allow-private", is_flag=True, default=None,
                           help="Allow fetching private, loopback and link-local addresses "
                                "(setting allow_private).")(command)
    command = click.option("--profile", "profile_path", type=click.Path(dir_okay=False), default=None,
                           help="Relevance profile (TOML): pages off its topic are skipped "
                                "(reason off_profile). See examples/profiles/.")(command)
    return command


def source_settings(settings: Settings, allow_private: bool | None) -> Settings:
    return settings.model_copy(update={"allow_private": True}) if allow_private else settings


def open_profile(path: str | None) -> Profile | None:
    return load_profile(path) if path else None


def open_fetcher(settings: Settings, http_cache: str | None) -> Fetcher:
    return Fetcher(settings, cache=JsonFileCache(http_cache) if http_cache else None)
