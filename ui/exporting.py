"""Writing an export where the coach chose, whole or not at all.

The bytes go to a hidden partial file beside the target, which is renamed into
place only when complete: a full disk or a pulled USB stick leaves no half
file under the name the coach will send.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


class Staged:
    """Bytes written to a hidden partial file beside the target, waiting for the record."""

    def __init__(self, path: str | Path, data: bytes) -> None:
        self.target = Path(path)
        self.partial = self.target.with_name(f".{self.target.name}.coachdesk-partial")
        try:
            # Owner-only, like the vault: an export holds what the client approved to send.
            fd = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            self.abort()
            raise

    def finish(self) -> None:
        """The record is committed: the file takes its name."""
        os.replace(self.partial, self.target)

    def abort(self) -> None:
        self.partial.unlink(missing_ok=True)


def saver(path: str | Path) -> Callable[[bytes], Staged]:
    """``save`` for the core's disclosures: stages the file at ``path``; the core puts it
    in place once the disclosure is recorded (or removes it if recording fails)."""
    return lambda data: Staged(path, data)


def export_recorded(vault, path: str | Path, data: bytes, kind: str, record_kind: str,
                    record_id: int) -> None:
    """Write ``data`` to ``path`` and record the export; a file that exists was recorded."""
    from coachdesk import exports

    staged = Staged(path, data)
    try:
        exports.record(vault, kind, record_kind, record_id, data)
        staged.finish()
    except BaseException:
        staged.abort()
        raise


def failure_words(exc: BaseException, target: str | Path) -> str:
    """Why an export failed, in the coach's words."""
    reason = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
    return f"CoachDesk could not write {target} ({reason}). Nothing was exported."
