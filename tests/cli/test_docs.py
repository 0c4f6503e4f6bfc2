"""The README documents every command of the command line and every setting."""

from __future__ import annotations

from pathlib import Path

from dragoman.cli import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_command_appears_in_the_readme() -> None:
    usage = [line.split("#")[0].split() for line in README.read_text(encoding="utf-8").splitlines()
             if line.startswith("dragoman ")]
    documented = {word for words in usage for word in words}
    assert sorted(set(cli.commands) - documented) == []


def test_every_setting_appears_in_the_readme_configuration_table() -> None:
    from dragoman.settings import Settings

    text = README.read_text(encoding="utf-8")
    table = text[text.index("## Configuration"):].split("\n## ")[0]
    rows = {line.split("`")[1] for line in table.splitlines() if line.startswith("| `")}
    assert sorted(set(Settings.model_fields) - rows) == []
