"""Writing an export where the coach chose, whole or not at all.

The bytes go to a hidden partial file beside the target, which is renamed into
place only when complete: a full disk or a pulled USB stick leaves no half
file under the name the coach will send. How the file is made (owner-only, never
through a link or over another account's file) is the core's one way of writing
files: :class:`coachdesk.files.StagedFile`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coachdesk.files import StagedFile, UnsafeFile


def saver(path: str | Path) -> Callable[[bytes], StagedFile]:
    """``save`` for the core's disclosures: stages the file at ``path``; the core puts it
    in place once the disclosure is recorded (or removes it if recording fails)."""
    return lambda data: StagedFile(path, data)


def export_recorded(vault, path: str | Path, data: bytes, kind: str, record_kind: str,
                    record_id: int) -> None:
    """Write ``data`` to ``path`` and record the export; a file that exists was recorded."""
    from coachdesk import exports

    staged = StagedFile(path, data)
    try:
        exports.record(vault, kind, record_kind, record_id, data)
        staged.finish()
    except BaseException:
        staged.abort()
        raise


def failure_words(exc: BaseException, target: str | Path) -> str:
    """Why an export failed, in the coach's words."""
    if isinstance(exc, UnsafeFile):  # it names the file, and what to do, already
        return exc.message
    reason = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
    return f"CoachDesk could not write {target} ({reason}). Nothing was exported."
