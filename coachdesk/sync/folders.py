"""Folders and sync services: which service keeps a folder in step, and whether a folder
may be the practice's sync folder (docs/sync.md, *The folder*).

A vault file inside a folder that Dropbox, OneDrive, iCloud Drive, Syncthing … copy while
CoachDesk writes it gets damaged, or forked into "conflicted copies" that each lose
changes. So CoachDesk warns when the *vault* lives in such a folder; the sync folder, on
the other hand, is meant to be in one. A service is recognised only from its own
structured markers (files it writes, paths its own settings name, the folders it makes
by default), never guessed from words in a folder's name.

Sources of the markers:

- Syncthing marks each shared folder's root with ``.stfolder`` (the folder marker; a
  missing one stops that folder: "folder marker missing", syncthing/syncthing#6106,
  #6903; ``markerName`` in docs.syncthing.net/users/config).
- Dropbox writes ``.dropbox`` and ``.dropbox.cache`` at the root of the Dropbox folder,
  and names that folder in ``info.json`` (``personal``/``business`` → ``path``): in
  ``~/.dropbox/`` on macOS and Linux, ``%APPDATA%\\Dropbox\\`` or ``%LOCALAPPDATA%\\Dropbox\\``
  on Windows (help.dropbox.com, "locate the Dropbox folder … programmatically").
- OneDrive names its folders in the environment variables ``OneDrive``,
  ``OneDriveConsumer`` and ``OneDriveCommercial`` on Windows; its default folders are
  ``~/OneDrive`` and ``~/OneDrive - <organisation>``.
- Nextcloud and ownCloud desktop clients keep their journal ``.sync_<hex>.db`` (older
  clients ``._sync_<hex>.db``) and ``.owncloudsync.log`` at the root of each synced folder
  (``SyncJournalDb::makeDbName`` in nextcloud/desktop; the Windows shell extension skips
  the same names); their default folders are ``~/Nextcloud`` and ``~/ownCloud``.
- iCloud Drive is ``~/Library/Mobile Documents/com~apple~CloudDocs`` on macOS (the rest of
  ``Mobile Documents`` is iCloud too) and ``~/iCloudDrive`` on Windows.
- macOS 12.3 and later put file-provider services (OneDrive, Dropbox, Google Drive, Box)
  under ``~/Library/CloudStorage/<Service>-<account>``.
- Google Drive for desktop: ``~/My Drive`` in mirror mode (``%USERPROFILE%\\My Drive``),
  ``~/Google Drive`` for the older Backup and Sync, which left ``.tmp.drivedownload`` and
  ``.tmp.driveupload`` at its root.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from contextlib import suppress
from pathlib import Path

from coachdesk import files
from coachdesk.errors import CoachDeskError
from coachdesk.words import QT_TRANSLATE_NOOP, Words

# Files or folders a service writes at the root of a folder it keeps in step.
_MARKERS = {
    ".stfolder": "Syncthing",
    ".dropbox": "Dropbox",
    ".dropbox.cache": "Dropbox",
    ".owncloudsync.log": "Nextcloud",
    ".tmp.drivedownload": "Google Drive",
    ".tmp.driveupload": "Google Drive",
}
# The folders a service makes by default in the home folder.
_DEFAULT_FOLDERS = {
    "Dropbox": "Dropbox",
    "OneDrive": "OneDrive",
    "Nextcloud": "Nextcloud",
    "ownCloud": "Nextcloud",
    "iCloudDrive": "iCloud Drive",
    "Google Drive": "Google Drive",
    "My Drive": "Google Drive",
}
# ~/Library/CloudStorage/<prefix>…: the file-provider services of macOS.
_CLOUD_STORAGE = {"OneDrive": "OneDrive", "Dropbox": "Dropbox",
                  "GoogleDrive": "Google Drive", "Box": "Box"}


def _marked(folder: Path) -> str | None:
    for name, service in _MARKERS.items():
        # ~/.dropbox is Dropbox's settings folder; its marker is a file of that name.
        if (folder / name).is_file() if name == ".dropbox" else (folder / name).exists():
            return service
    with suppress(OSError):
        for entry in folder.iterdir():
            name = entry.name
            if name.endswith(".db") and (name.startswith(".sync_")
                                         or name.startswith("._sync_")):
                return "Nextcloud"
    return None


def _dropbox_folders(home: Path, env: Mapping[str, str]) -> Iterator[Path]:
    """The folders Dropbox's own ``info.json`` names (personal and business)."""
    places = [home / ".dropbox" / "info.json"]
    places += [Path(env[v]) / "Dropbox" / "info.json" for v in ("APPDATA", "LOCALAPPDATA")
               if env.get(v)]
    for place in places:
        with suppress(OSError, ValueError):
            info = json.loads(place.read_text(encoding="utf-8"))
            for account in info.values() if isinstance(info, dict) else ():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    yield Path(account["path"])


def _named_folders(home: Path, env: Mapping[str, str]) -> Iterator[tuple[Path, str]]:
    """Folders a service's own settings name, or that it makes in the home folder."""
    for folder in _dropbox_folders(home, env):
        yield folder, "Dropbox"
    for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        if env.get(variable):
            yield Path(env[variable]), "OneDrive"
    for name, service in _DEFAULT_FOLDERS.items():
        yield home / name, service
    with suppress(OSError):
        for entry in home.iterdir():
            if entry.name.startswith("OneDrive - "):  # a work or school account
                yield entry, "OneDrive"
    yield home / "Library" / "Mobile Documents", "iCloud Drive"
    with suppress(OSError):
        for entry in (home / "Library" / "CloudStorage").iterdir():
            service = next((s for prefix, s in _CLOUD_STORAGE.items()
                            if entry.name.startswith(prefix)), entry.name)
            yield entry, service


def _resolved(path: Path) -> Path:
    with suppress(OSError, RuntimeError):
        return path.expanduser().resolve()
    return path.expanduser().absolute()


def sync_service_of(path: Path, *, home: Path | None = None,
                    env: Mapping[str, str] | None = None) -> str | None:
    """The sync service that keeps ``path`` in step (its name, e.g. "Dropbox"), or None
    for an ordinary folder. ``path`` counts as in a synced folder when it or a folder
    above it carries a service's marker, or is (inside) a folder a service names."""
    home = _resolved(home or Path.home())
    env = os.environ if env is None else env
    target = _resolved(Path(path))
    chain = [target, *target.parents]
    for folder in chain:
        service = _marked(folder)
        if service:
            return service
    for folder, service in _named_folders(home, env):
        folder = _resolved(folder)
        if folder in chain and folder != home:
            return service
    return None


class UnsuitableFolder(CoachDeskError):
    """The folder chosen for syncing cannot be it; the words say why and what to do."""


def check_not_shared(folder: Path) -> None:
    """Refuse a sync folder another account on this computer owns or may write in (the
    charter's rule for folders others may write to): a stranger could plant or replace
    change files, or follow CoachDesk's own with links. No check on Windows (no owner uid
    or group bits); a missing or unreadable folder is refused in the words for that."""
    if files.others_may_write(folder):
        raise UnsuitableFolder(Words("folders", QT_TRANSLATE_NOOP(
            "folders", "Other accounts on this computer can add or change files in the "
                       "folder %1. Choose a folder of your own that only you can write in "
                       "(for example a new folder in your Dropbox or Syncthing folder)."),
            (str(folder),)))


def check_sync_folder(folder: Path, *, vault_folder: Path,
                      backup_folder: Path | None = None) -> None:
    """Refuse, before anything is written, a sync folder that is not there or not
    writable, that holds the vault (the vault's folder, a folder inside it, or one above
    it: a service would copy the live vault file), or that is the backup folder."""
    chosen, own = _resolved(Path(folder)), _resolved(vault_folder)
    shown = str(folder)
    if not chosen.is_dir():
        raise UnsuitableFolder(Words("folders", QT_TRANSLATE_NOOP(
            "folders", "CoachDesk cannot find the folder %1. Connect its drive, or choose "
                       "another folder."), (shown,)))
    if chosen == own or own in chosen.parents or chosen in own.parents:
        raise UnsuitableFolder(Words("folders", QT_TRANSLATE_NOOP(
            "folders", "The folder %1 holds your vault or is inside its folder. Choose a "
                       "folder apart from it, for example a new folder in your Dropbox or "
                       "Syncthing folder: a sync service copying the vault file while "
                       "CoachDesk writes it would damage it."), (shown,)))
    if backup_folder is not None and _resolved(backup_folder) in (chosen, *chosen.parents):
        raise UnsuitableFolder(Words("folders", QT_TRANSLATE_NOOP(
            "folders", "The folder %1 is where your backups go. Choose a folder of its own "
                       "for syncing, so that backups and change files never mix."),
            (shown,)))
    check_not_shared(chosen)
    import tempfile  # (not needed for the warning Today shows)

    try:  # a real write tells more than permission bits (network drives, Windows)
        with tempfile.TemporaryFile(dir=chosen):
            pass
    except OSError:
        raise UnsuitableFolder(Words("folders", QT_TRANSLATE_NOOP(
            "folders", "CoachDesk cannot write in the folder %1. Choose a folder of yours "
                       "that CoachDesk may write in."), (shown,))) from None
