"""Re-encrypting a backup folder after a key change: seconds per backup, by vault size.

A key change (Settings → Security) offers to re-encrypt every backup in the
backup folder with the new key: each one is exported under the new key beside
itself, checked through (cipher_integrity_check, integrity_check) and put in its
place. This times ``backups.reencrypt_all`` on a folder of backups of the demo
practice (40 clients) and of the large practice of bench/first_paint.py (2,000
clients, 100,000 notes; built on first use), against ``backups.make`` for one
backup of the same vault (the same export and check, once).

    python -m bench.reencrypt_backups [backups per folder, default 5]
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.first_paint import large_practice
from coachdesk import demo
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups


def measure(name: str, location: VaultLocation, count: int, scratch: Path) -> None:
    key = vaults.RawKey(vaults.DEMO_KEY)
    vault = vaults.open_with_key(location, key)
    folder = scratch / name
    start = datetime(2026, 1, 1, tzinfo=UTC)
    try:
        started = time.perf_counter()
        for n in range(count):
            backups.make(vault, folder, now=start + timedelta(days=n))
        one_backup = (time.perf_counter() - started) / count
    finally:
        vault.close()
    size = backups.in_folder(folder)[0].size
    started = time.perf_counter()
    done = backups.reencrypt_all(folder, key, vaults.RawKey(secrets.token_bytes(32)))
    took = time.perf_counter() - started
    assert len(done.rewritten) == count and done.complete, done
    print(f"{name}: {count} backups of {size / 1048576:.1f} MB re-encrypted and checked in "
          f"{took:.2f} s ({took / count:.2f} s each; making one took {one_backup:.2f} s)")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as scratch:
        small = VaultLocation(Path(scratch) / "demo-vault")
        plan = vaults.NewVaultPlan("bench-demo", "demo", vaults.RawKey(vaults.DEMO_KEY))
        vault = vaults.create(small, plan)
        demo.build(vault, demo.DEMO)
        vault.close()
        measure("demo practice", small, count, Path(scratch))
        measure("large practice", large_practice(), count, Path(scratch))


if __name__ == "__main__":
    main()
