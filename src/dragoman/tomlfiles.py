"""TOML configuration files (relevance profiles, ``sources.toml``): read and checked, every mistake a
``ConfigError`` that names the file and the key."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from dragoman.errors import ConfigError


def read_toml(path: str | Path, *, what: str, hint: str) -> dict[str, Any]:
    """The table in the TOML file ``path`` (``what`` names it in errors; ``hint`` says what to give)."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read the {what} {path} ({exc.strerror or exc})", hint=hint) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"the {what} {path} is not valid TOML ({exc})", hint="fix the line named") from exc


def check_keys(data: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}", hint=f"allowed keys: {', '.join(sorted(allowed))}")
