"""Run in a fresh process by test_secret_service.py: one vault step per call.

    python keyring_helper.py create   -> prints the new vault's id
    python keyring_helper.py open     -> prints the backend and the client names
    python keyring_helper.py open-as-at-start -> opens, says whether every backend was searched
    python keyring_helper.py lock-and-open -> locks the collection, then tries to open
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation


def main(step: str) -> int:
    location = VaultLocation.default()
    if step == "create":
        plan = vaults.plan_keyring_vault()
        v = vaults.create(location, plan)
        clients.add(v, clients.ClientDraft("Secret Service Client"))
        v.close()
        print(plan.vault_id)
        return 0
    if step == "open":
        backend = keyring.get_keyring()
        v = vaults.unlock_with_keyring(location)
        names = [c.name for c in clients.get_many(v, clients.list_ids(v)).values()]
        stored = keyring.get_password("CoachDesk", v.info.vault_id)
        v.close()
        print(f"{type(backend).__module__}.{type(backend).__name__}")
        print(len(stored or ""))
        print("|".join(names))
        return 0
    if step == "open-as-at-start":
        # As a start does: only the vault's own backend is asked; keyring's search of
        # every installed backend (it imports each one's module) never runs.
        v = vaults.unlock_with_keyring(location)
        v.close()
        searched = [m for m in ("keyring.backends.macOS", "keyring.backends.Windows",
                                "keyring.backends.kwallet") if m in sys.modules]
        print("searched " + ",".join(searched) if searched else "asked only its own")
        return 0
    if step == "lock-and-open":
        import secretstorage

        connection = secretstorage.dbus_init()
        secretstorage.get_default_collection(connection).lock()
        try:
            vaults.unlock_with_keyring(location).close()
        except vaults.KeyNeeded as asked:
            print(f"asked:{asked.mode}")
            print(asked.message)
            return 0
        print("opened")
        return 1
    raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
