"""The words every restore ends with on a computer that syncs: it now syncs as a new
computer of the practice, under a new letter (coachdesk/sync/restored.py). One message,
shown by Settings → Restore, the unlock screen's newest backup and the first-run wizard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.words import put_in, tr

if TYPE_CHECKING:
    from coachdesk.vault import Vault


def syncs_anew(vault: Vault) -> str:
    """The sentence for a restored vault that syncs; '' for one that does not."""
    from coachdesk.sync import practice  # the whole merge: not for the unlock screen's start

    found = practice.settings(vault)
    if found is None:
        return ""
    return put_in(tr("This computer now syncs as a new computer of the practice: the numbers "
                     "it gives from now on carry the letter %1. What it had sent to the sync "
                     "folder after the backup was made comes back from there."), found.label)
