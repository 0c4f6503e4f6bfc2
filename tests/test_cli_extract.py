"""`dragoman extract`: records valid against the schema, bad inputs named on stderr, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.cli import main
from dragoman.schema import schema_errors

ARTICLE = (
    "Ministers meet in Geneva over water treaty\n\n"
    "Two neighbouring governments opened talks in Geneva on Tuesday about sharing the waters of a river "
    "that crosses their border, officials said.\n\n"
    "The foreign minister of the upstream country said the talks were a first step.\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["extract", "--quiet", *args])
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, records, captured.err


def test_extract_prints_one_valid_record_per_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "talks.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    code, records, err = run(capsys, str(page))
    assert code == 0, err
    assert len(records) == 1
    assert schema_errors(records[0]) == []
    assert records[0]["article"]["source"] == str(page)  # type: ignore[index]


def test_bad_inputs_are_named_on_stderr_and_exit_status_is_one(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, records, err = run(capsys, str(empty), str(tmp_path / "missing.html"), str(good))
    assert code == 1
    assert len(records) == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert str(empty) in lines[0] and "[empty]" in lines[0]
    assert "missing.html" in lines[1] and "[missing]" in lines[1]


def test_output_option_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "talks.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, records, _ = run(capsys, str(page), "-o", str(out))
    assert code == 0 and records == []
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_missing_spacy_model_gives_one_error_naming_the_install_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_SPACY_MODEL", "no_such_pipeline_xyz")
    page = tmp_path / "talks.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    code = main(["extract", str(page)])
    err = capsys.readouterr().err
    assert code == 2
    assert "no_such_pipeline_xyz" in err and "pip install" in err


def test_every_seed_record_conforms_to_the_schema(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    code, records, err = run(capsys, *seeds)
    assert code == 0, err
    assert len(records) == len(seeds)
    for record in records:
        assert schema_errors(record) == []
