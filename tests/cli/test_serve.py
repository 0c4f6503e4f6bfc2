"""``dragoman serve``: prints the address, binds loopback by default, explains a busy port."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from dragoman.cli import main
from dragoman.cli.serve import serve_command


def start_serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", "import sys; from dragoman.cli import main; sys.exit(main())",
                             "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_prints_its_loopback_address_and_answers_there(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    process = start_serve("--db", url, "--port", "0")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        assert found, line
        overview = httpx.get(found.group(1) + "api/overview", timeout=20)
        assert overview.status_code == 200
        assert overview.json()["counts"]["articles"] == 0
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_listens_on_loopback_unless_told_otherwise() -> None:
    host = next(p for p in serve_command.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_a_busy_port_is_a_readable_error(tmp_path: Path, capsys: object) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        port = taken.getsockname()[1]
        code = main(["serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--port", str(port)])
    finally:
        taken.close()
    assert code == 2
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert f"cannot listen on 127.0.0.1:{port}" in err and "--port" in err
