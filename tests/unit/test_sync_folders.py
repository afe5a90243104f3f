"""Which sync service keeps a folder in step (the vault-in-a-synced-folder warning), and
which folders may be the practice's sync folder (issue 17; coachdesk/sync/folders.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coachdesk.errors import CoachDeskError
from coachdesk.sync.folders import check_sync_folder, sync_service_of


@pytest.fixture
def home(tmp_path):
    """A home folder of its own, with an ordinary Documents folder in it."""
    folder = tmp_path / "home"
    (folder / "Documents" / "Practice").mkdir(parents=True)
    return folder


def service(path, home, env=None):
    return sync_service_of(path, home=home, env=env or {})


def test_an_ordinary_folder_is_in_no_sync_service(home, tmp_path):
    assert service(home / "Documents" / "Practice", home) is None
    assert service(home, home) is None
    (home / ".dropbox").mkdir()  # Dropbox's own settings folder, not a synced folder
    (home / ".dropbox" / "info.json").write_text("{}", encoding="utf-8")
    assert service(home / "Documents", home) is None
    assert service(tmp_path / "elsewhere", home) is None  # not there at all


@pytest.mark.parametrize(("marker", "is_dir", "expected"), [
    (".stfolder", True, "Syncthing"),
    (".stfolder", False, "Syncthing"),  # older Syncthing wrote a file
    (".dropbox", False, "Dropbox"),
    (".dropbox.cache", True, "Dropbox"),
    (".sync_3f9a1c2b4d5e.db", False, "Nextcloud"),
    ("._sync_3f9a1c2b4d5e.db", False, "Nextcloud"),  # older clients
    (".owncloudsync.log", False, "Nextcloud"),
    (".tmp.drivedownload", True, "Google Drive"),
])
def test_a_service_marker_in_the_folder_or_above_it_is_recognised(home, marker, is_dir,
                                                                  expected):
    shared = home / "Documents"
    if is_dir:
        (shared / marker).mkdir()
    else:
        (shared / marker).write_bytes(b"")
    assert service(shared, home) == expected
    assert service(shared / "Practice", home) == expected  # a folder inside it too
    assert service(home / "Music", home) is None  # not a folder beside it


def test_dropbox_folders_named_in_its_info_json(home, tmp_path):
    elsewhere = tmp_path / "D" / "Work Dropbox"
    (elsewhere / "CoachDesk").mkdir(parents=True)
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"business": {"path": str(elsewhere), "host": 1}}), encoding="utf-8")
    assert service(elsewhere / "CoachDesk", home) == "Dropbox"
    # On Windows the file lives under %LOCALAPPDATA%\Dropbox.
    local = tmp_path / "AppData" / "Local"
    (local / "Dropbox").mkdir(parents=True)
    other = tmp_path / "E" / "Dropbox (Personal)"
    other.mkdir(parents=True)
    (local / "Dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(other)}}), encoding="utf-8")
    assert service(other, home, {"LOCALAPPDATA": str(local)}) == "Dropbox"
    assert service(other, home) is None  # without that variable, nothing names it


def test_onedrive_folders_from_its_environment_and_default_names(home, tmp_path):
    work = tmp_path / "OD" / "Contoso"
    work.mkdir(parents=True)
    assert service(work, home, {"OneDriveCommercial": str(work)}) == "OneDrive"
    (home / "OneDrive - Contoso Ltd" / "Coaching").mkdir(parents=True)
    assert service(home / "OneDrive - Contoso Ltd" / "Coaching", home) == "OneDrive"
    (home / "OneDrive").mkdir()
    assert service(home / "OneDrive", home) == "OneDrive"


def test_icloud_drive_and_the_macos_cloud_storage_folders(home):
    docs = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "CoachDesk"
    docs.mkdir(parents=True)
    assert service(docs, home) == "iCloud Drive"
    for name, expected in (("GoogleDrive-coach@example.org", "Google Drive"),
                           ("OneDrive-Personal", "OneDrive"), ("Dropbox", "Dropbox")):
        folder = home / "Library" / "CloudStorage" / name / "CoachDesk"
        folder.mkdir(parents=True)
        assert service(folder, home) == expected
    (home / "iCloudDrive").mkdir()  # iCloud for Windows
    assert service(home / "iCloudDrive", home) == "iCloud Drive"


def test_default_folder_names_count_only_in_the_home_folder(home):
    (home / "Nextcloud" / "Practice").mkdir(parents=True)
    assert service(home / "Nextcloud" / "Practice", home) == "Nextcloud"
    (home / "Documents" / "Dropbox").mkdir()  # a folder the coach named so, elsewhere
    assert service(home / "Documents" / "Dropbox", home) is None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_into_a_synced_folder_is_followed(home, tmp_path):
    synced = tmp_path / "Sync"
    (synced / ".stfolder").mkdir(parents=True)
    (synced / "vault").mkdir()
    (home / "vault-link").symlink_to(synced / "vault")
    assert service(home / "vault-link", home) == "Syncthing"


def test_the_sync_folder_is_checked_before_anything_is_written(tmp_path):
    vault_folder = tmp_path / "CoachDesk"
    vault_folder.mkdir()
    backups = tmp_path / "usb"
    backups.mkdir()
    synced = tmp_path / "Dropbox" / "CoachDesk sync"
    synced.mkdir(parents=True)
    check_sync_folder(synced, vault_folder=vault_folder, backup_folder=backups)  # fine
    refused = {
        "cannot find": tmp_path / "unplugged",
        "holds your vault": vault_folder,
        "holds your vault ": vault_folder / "inside",
        "holds your vault  ": tmp_path,  # above the vault: the vault file would sync
        "where your backups go": backups,
        "where your backups go ": backups / "sync",
    }
    (vault_folder / "inside").mkdir()
    (backups / "sync").mkdir()
    for words, folder in refused.items():
        with pytest.raises(CoachDeskError) as caught:
            check_sync_folder(folder, vault_folder=vault_folder, backup_folder=backups)
        assert words.strip() in str(caught.value), folder
        assert str(folder) in str(caught.value)
    assert sorted(p.name for p in synced.iterdir()) == []  # the check left nothing


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_folder_coachdesk_may_not_write_in_is_refused(tmp_path):
    vault_folder = tmp_path / "CoachDesk"
    vault_folder.mkdir()
    shut = tmp_path / "read-only"
    shut.mkdir()
    shut.chmod(0o500)
    # Root writes through permission bits (CI runs as root): sysfs refuses even root.
    refused = Path("/sys") if os.geteuid() == 0 else shut
    try:
        with pytest.raises(CoachDeskError, match="cannot write in the folder"):
            check_sync_folder(refused, vault_folder=vault_folder)
    finally:
        shut.chmod(0o700)
