"""The ``dragoman`` command line: thin commands that parse, build settings, call, print.

Errors are translated into messages in exactly one place, ``main``.
"""

from __future__ import annotations

import sys

import click

from dragoman import __version__
from dragoman.cli.batch import batch_command
from dragoman.cli.export import export_command
from dragoman.cli.extract import extract_command
from dragoman.cli.ledger import db_group, ingest_command, reprocess_command
from dragoman.cli.load import load_command
from dragoman.cli.serve import serve_command
from dragoman.cli.track import track_command, watchlist_group
from dragoman.cli.views import VIEW_COMMANDS
from dragoman.cli.watch import watch_command
from dragoman.errors import DragomanError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dragoman")
def cli() -> None:
    """Turn news coverage of diplomacy and economic statecraft into a sourced ledger."""


cli.add_command(extract_command)
cli.add_command(ingest_command)
cli.add_command(reprocess_command)
cli.add_command(db_group)
for _command in VIEW_COMMANDS:
    cli.add_command(_command)
cli.add_command(export_command)
cli.add_command(batch_command)
cli.add_command(load_command)
cli.add_command(serve_command)
cli.add_command(track_command)
cli.add_command(watch_command)
cli.add_command(watchlist_group)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run a command, turning dragoman errors into one readable line and exit 2."""
    try:
        cli.main(args=argv, prog_name="dragoman", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("dragoman: aborted", err=True)
        return 130
    except click.exceptions.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except DragomanError as exc:
        click.echo(f"dragoman: error [{exc.code}]: {exc.message}", err=True)
        if exc.hint:
            click.echo(f"  hint: {exc.hint}", err=True)
        return 2
    except BrokenPipeError:
        return 0
    return _exit_code()


_EXIT = {"code": 0}


def set_exit_code(code: int) -> None:
    """Commands report partial failure (some inputs rejected) without raising."""
    _EXIT["code"] = max(_EXIT["code"], code)


def _exit_code() -> int:
    code, _EXIT["code"] = _EXIT["code"], 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
