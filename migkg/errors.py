"""migkg's exceptions. Library code raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class MigkgError(Exception):
    """Base of every error migkg reports to a user."""


class _FileProblem:
    """A problem with a named input: the message names the file and the problem."""

    def __init__(self, name: str | Path, problem: str) -> None:
        self.name = str(name)
        self.problem = problem
        super().__init__(f"{self.name}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        """Rebuilt from its name and problem when it comes back from a worker process."""
        return (type(self), (self.name, self.problem))


class InputError(_FileProblem, MigkgError):
    """An input file (or stdin) that cannot be loaded: the message names the file and the problem."""


class InputWarning(_FileProblem, UserWarning):
    """Part of an input was left out and the rest loaded (a bad row with `--skip-bad-rows`): issued
    with `warnings.warn`, so the library reports it without printing; the CLI prints it on one line."""


class UnsupportedFormatError(InputError):
    """No registered loader handles this kind of file, or an unknown output format was asked for."""


class StoreError(MigkgError):
    """The store cannot be opened or written (locked by another process, not a migkg store, ...)."""


class StoreBusyError(StoreError):
    """Another process is writing the store; `pid` names it when it is a migkg process."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        self.pid = pid
        super().__init__(message)


class QueryError(MigkgError):
    """A query cannot be found, parsed, bound or run."""


class BatchError(MigkgError):
    """Some inputs of a batch failed; `failures` holds one InputError per failed input."""

    def __init__(self, failures: list[InputError], loaded: int) -> None:
        self.failures = failures
        self.loaded = loaded
        super().__init__(f"{len(failures)} input(s) failed, {loaded} loaded")


class MissingDependencyError(MigkgError):
    """An optional package a feature needs is not installed (pandas for `Rows.to_dataframe`)."""


class RemoteError(MigkgError):
    """A remote SPARQL endpoint or Graph Store cannot be reached, refuses our credentials, or fails."""
