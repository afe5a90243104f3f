"""Run in a fresh process by test_secret_service.py: one vault step per call.

    python keyring_helper.py create   -> prints the new vault's id
    python keyring_helper.py open     -> prints the backend and the client names
    python keyring_helper.py open-as-at-start -> opens, says whether every backend was searched
    python keyring_helper.py lock-and-open -> locks the collection, then tries to open;
        prints what was asked, why, and whether keyring itself answered
    python keyring_helper.py open-quickly -> opens as a start does; prints the client
        names and whether keyring was imported
    python keyring_helper.py open-read-ahead -> the same, with the key asked for ahead (as
        main.py does) and the collection locked once it has answered
    python keyring_helper.py forget -> keyring forgets the vault's key
    python keyring_helper.py drop-default-alias -> the Secret Service has no "default"
        collection any more
    python keyring_helper.py try-open -> tries to open; prints "opened" or what was asked,
        and whether keyring itself answered (try-open-read-ahead: the key asked for ahead)
    python keyring_helper.py other-backend -> a vault kept by another backend, while the
        Secret Service holds a wrong key under the same id; prints the client names
    python keyring_helper.py old-laptop HOME FOLDER -> a practice at HOME with a backup in
        FOLDER, then the laptop is gone (HOME deleted, its key forgotten); prints the code
    python keyring_helper.py restore-new-computer FOLDER CODE -> restores it where the
        vault goes on this computer; prints where its key is kept now
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation


def main(step: str, *args: str) -> int:
    location = VaultLocation.default()
    if step == "create":
        plan = vaults.plan_keyring_vault()
        v = vaults.create(location, plan)
        clients.add(v, clients.ClientDraft("Secret Service Client"))
        v.close()
        print(plan.vault_id)
        return 0
    if step == "open":
        import keyring

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
            print(f"keyring answered: {'keyring' in sys.modules}")
            return 0
        print("opened")
        return 1
    if step in ("open-quickly", "open-read-ahead"):
        if step == "open-read-ahead":  # as main.py does before it imports Qt
            import threading

            import secretstorage

            import main

            main.read_key_ahead(location)
            for thread in threading.enumerate():
                if thread.name == "CoachDesk key read":
                    thread.join()
            # Locked from now on: only the answer read ahead can open it.
            secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
        v = vaults.unlock_with_keyring(location)
        names = [c.name for c in clients.get_many(v, clients.list_ids(v)).values()]
        v.close()
        print("|".join(names))
        print(f"keyring imported: {'keyring' in sys.modules}")
        return 0
    if step == "read-ahead-refused":  # the folder is refused before the key is asked for
        import os

        import main
        from coachdesk.vault import keystore

        main.read_key_ahead(location)
        os.chmod(location.folder, 0o777)
        try:
            vaults.unlock_with_keyring(location).close()
            print("opened")
        except Exception as refused:
            print(f"refused: {type(refused).__name__}")
        finally:
            os.chmod(location.folder, 0o700)
        print(f"keys waiting: {len(keystore._ahead)}")
        return 0
    if step == "forget":
        from coachdesk.vault import keystore

        info = vaults.VaultInfo.read(location)
        keystore.forget_key(info.vault_id, info.keyring_backend)
        return 0
    if step == "drop-default-alias":
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        service = DBusAddress("/org/freedesktop/secrets", "org.freedesktop.secrets",
                              "org.freedesktop.Secret.Service")
        with open_dbus_connection() as bus:
            reply = bus.send_and_get_reply(new_method_call(service, "SetAlias", "so",
                                                            ("default", "/")))
            assert reply.body == ()
        return 0
    if step in ("try-open", "try-open-read-ahead"):
        if step == "try-open-read-ahead":
            import main

            main.read_key_ahead(location)
        try:
            vaults.unlock_with_keyring(location).close()
        except vaults.KeyNeeded as asked:
            print(f"asked:{asked.mode}")
            print(f"keyring answered: {'keyring' in sys.modules}")
            return 0
        print("opened")
        print(f"keyring answered: {'keyring' in sys.modules}")
        return 0
    if step == "other-backend":
        import keyring

        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from keyrings import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())
        plan = vaults.plan_keyring_vault()
        v = vaults.create(location, plan)
        clients.add(v, clients.ClientDraft("Kept elsewhere"))
        v.close()
        keyring.core.load_keyring("keyring.backends.SecretService.Keyring").set_password(
            "CoachDesk", plan.vault_id, "ab" * 32)  # a wrong key where the quick read looks
        v = vaults.unlock_with_keyring(location)
        print("|".join(c.name for c in clients.get_many(v, clients.list_ids(v)).values()))
        print(v.info.keyring_backend)
        v.close()
        return 0
    if step == "old-laptop":
        import shutil

        from coachdesk.vault import backups, keystore

        home, folder = VaultLocation(Path(args[0])), Path(args[1])
        plan = vaults.plan_keyring_vault()
        v = vaults.create(home, plan)
        clients.add(v, clients.ClientDraft("Secret Service Client"))
        backups.remember_folder(v, str(folder))
        backups.make(v, folder)
        backend = v.info.keyring_backend
        v.close()
        shutil.rmtree(home.folder)
        keystore.forget_key(plan.vault_id, backend)
        print(plan.recovery_code)
        return 0
    if step == "restore-new-computer":
        from coachdesk.vault import restoring

        done = restoring.carry_out(restoring.prepare_new_home(location, Path(args[0]), args[1]))
        print(f"kept: {done.key_in_keyring} in {done.vault.info.keyring_backend}")
        done.vault.close()
        return 0
    raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *sys.argv[2:]))
