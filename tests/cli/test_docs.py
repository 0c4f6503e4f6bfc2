"""Every command of the command line is shown in a usage line of the README."""

from __future__ import annotations

from pathlib import Path

from dragoman.cli import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_command_appears_in_the_readme() -> None:
    usage = [line.split("#")[0].split() for line in README.read_text(encoding="utf-8").splitlines()
             if line.startswith("dragoman ")]
    documented = {word for words in usage for word in words}
    assert sorted(set(cli.commands) - documented) == []
