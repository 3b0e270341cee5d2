"""Expected failures: a document the pipeline cannot take, with the reason in one line."""

from __future__ import annotations


class DocumentRejected(Exception):
    """The document is quarantined; `reason` is what the user reads, `stage` where it happened."""

    def __init__(self, reason: str, stage: str = "extract", limit: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
        self.limit = limit
