"""No lock-in: with only the recovery code, an independent SQLCipher 4 reader
(SQLite3 Multiple Ciphers, through apsw-sqlite3mc) opens the vault."""

from __future__ import annotations

import apsw

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.vault import recovery


def test_recovery_code_opens_the_vault_in_another_sqlcipher_tool(location):
    plan = vaults.plan_keyring_vault()
    v = vaults.create(location, plan)
    clients.add(v, clients.ClientDraft("Ngozi Adichie"))
    v.close()

    key = recovery.decode(plan.recovery_code)  # what the coach wrote down, nothing else
    conn = apsw.Connection(str(location.vault_file), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute("PRAGMA hmac_algorithm = 1")  # HMAC-SHA256 pages: CoachDesk's format
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    rows = list(conn.execute("SELECT name FROM clients"))
    conn.close()
    assert rows == [("Ngozi Adichie",)]
