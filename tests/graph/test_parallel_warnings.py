"""Warnings a loader issues in a `--jobs` worker (a list of operations' skipped rows) reach the
parent, in input order, as they do in one process; and how far ahead the workers read."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from migkg.cli import main
from migkg.errors import InputWarning
from migkg.loaders import read as read_module
from migkg.loaders.base import Input
from migkg.loaders.inputs import read_inputs
from migkg.loaders.read import read_all

HEADER = "Beneficiary name,Operation name,Start date,End date,Total cost,Fund\n"
GOOD = "Lumen Viva asbl,Open Doors {k},2022-01-01,2023-12-31,50000,AMIF\n"
# Row 3 of each list: a month 13 is no date; row 4: no amount. Rows 2 and 5 are good.
BAD_DATE = "Terra Nova vzw,Bridges {k},2022-13-01,2023-12-31,20000,AMIF\n"
BAD_COST = "Terra Nova vzw,Harbour {k},2022-02-01,2023-12-31,lots,AMIF\n"


def write_inputs(folder: Path) -> list[Path]:
    """Two lists with two bad rows each, an article between them (its worker warns nothing)."""
    folder.mkdir()
    paths = []
    for k in (1, 3):
        path = folder / f"{k}-operations.csv"
        path.write_text(HEADER + GOOD.format(k=k) + BAD_DATE.format(k=k) + BAD_COST.format(k=k) + GOOD.format(k=k + 10))
        paths.append(path)
    article = folder / "2-article.txt"
    article.write_text(
        "LANG: en\n---\nThe Open Doors project, funded by AMIF, is run by Lumen Viva from 2022 to 2023.\n"
    )
    return sorted([*paths, article])


def expected_problems(folder: Path) -> list[str]:
    """The skipped rows, in input order: line 3 (the date), then line 4 (the cost), per list."""
    return [
        f"{folder / name}:{line}: {problem}; row skipped"
        for name in ("1-operations.csv", "3-operations.csv")
        for line, problem in ((3, "Start date '2022-13-01' is not a date"), (4, "Total cost 'lots' is not an amount"))
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_warnings_come_before_their_inputs_result(tmp_path: Path, jobs: int) -> None:
    paths = write_inputs(tmp_path / "in")
    seen: list[tuple[str, list[str]]] = []  # each input's read, with the warnings caught until then
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        for read in read_all(read_inputs(paths, options={"skip_bad_rows": True}), jobs=jobs):
            assert isinstance(read, list), read
            seen.append((read[0].metadata.name, [str(w.message) for w in caught if w.category is InputWarning]))
    problems = expected_problems(tmp_path / "in")
    assert [name for name, _ in seen] == [str(p) for p in paths]
    assert [got for _, got in seen] == [problems[:2], problems[:2], problems]


def test_load_jobs_2_prints_the_skipped_rows_as_one_process_does(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_inputs(folder)
    outputs = {}
    for jobs in ("1", "2"):
        store = tmp_path / f"store-{jobs}"
        result = CliRunner().invoke(
            main, ["--store", str(store), "load", "--skip-bad-rows", "--jobs", jobs, str(folder)]
        )
        assert result.exit_code == 0, result.output
        outputs[jobs] = [line for line in result.output.splitlines() if line.startswith("migkg: warning:")]
    assert outputs["1"] == [f"migkg: warning: {p}" for p in expected_problems(folder)]
    assert outputs["2"] == outputs["1"]


def _name(inp: Input) -> str:
    return inp.name


@pytest.mark.parametrize(("size", "most"), [(10, 2 * 32), (1000, 2 * 4)])
def test_inputs_read_ahead_are_bounded_in_number_and_bytes(
    monkeypatch: pytest.MonkeyPatch, size: int, most: int
) -> None:
    """Small inputs: up to IN_FLIGHT_PER_JOB per job ahead of the consumer (made 32 here); once the
    inputs in flight hold IN_FLIGHT_BYTES (made 4,000 here), IN_FLIGHT_MIN_PER_JOB per job (4)."""
    monkeypatch.setattr(read_module, "IN_FLIGHT_PER_JOB", 32)
    monkeypatch.setattr(read_module, "IN_FLIGHT_BYTES", 4000)
    pulled = 0

    def inputs() -> Iterator[Input]:
        nonlocal pulled
        for i in range(200):
            pulled += 1
            yield Input(name=f"<{i}>", data=b"x" * size)

    ahead = []
    with ThreadPoolExecutor(2) as pool:
        for i, name in enumerate(read_module.ordered_map(pool, _name, inputs(), 2)):  # type: ignore[arg-type]
            assert name == f"<{i}>"  # in input order
            ahead.append(pulled - i)
    assert max(ahead) == most


class _OddError(ValueError):
    """Raised by `_name_unless_odd` for odd input numbers."""


def _name_unless_odd(inp: Input) -> str:
    number = int(inp.name.strip("<>"))
    if number % 2:
        raise _OddError(f"input {number} is odd")
    warnings.warn(f"read {number}", UserWarning, stacklevel=1)
    return inp.name


def test_tasks_of_several_inputs_keep_each_inputs_answer_in_order() -> None:
    """Small inputs go to the workers TASK_INPUTS at a time: each still gives its own answer in
    input order, its warnings just before it, and an exception at its own turn, after the answers
    of the inputs before it in the same task."""
    inputs = [Input(name=f"<{i}>", data=b"x") for i in range(7)]
    got: list[str] = []
    with ThreadPoolExecutor(2) as pool, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        answers = read_module.ordered_map(pool, _name_unless_odd, inputs, 2)  # type: ignore[arg-type]
        got.append(next(answers))
        with pytest.raises(_OddError, match="input 1 is odd") as raised:
            next(answers)
    assert read_module.TASK_INPUTS > 2  # inputs 0 and 1 were in one task
    assert got == ["<0>"]
    assert [str(w.message) for w in caught] == ["read 0"]
    assert any("_name_unless_odd" in note for note in raised.value.__notes__)  # where it was raised
