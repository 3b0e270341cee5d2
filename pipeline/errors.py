"""Expected failures, each said in one line: a document the pipeline cannot take, an input
the user must fix, a run that could not complete."""

from __future__ import annotations


class DocumentRejected(Exception):
    """The document is quarantined; `reason` is what the user reads, `stage` where it happened.

    `lasting` says whether the reason lies in the document's bytes (encrypted, truncated, a
    bomb, not a document): only such a verdict is remembered for the same bytes. A crash, a
    timeout or a file that vanished may pass, and the document is tried again next run.
    """

    def __init__(self, reason: str, stage: str = "extract", limit: str | None = None,
                 lasting: bool = True):
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
        self.limit = limit
        self.lasting = lasting


class UsageError(Exception):
    """Something the user gave (an option, a setting, sources.yaml) is wrong: exit code 2."""


class RunIncomplete(Exception):
    """The run itself could not complete (the orchestrator did not answer, the output folder
    cannot be written): exit code 4, nothing published, the previous dataset untouched."""
