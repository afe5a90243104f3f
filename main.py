"""CoachDesk: start the desktop app.

    python main.py            open (or create) your vault
    python main.py --home DIR keep the vault in DIR instead of the app-data folder
    python main.py --demo     open the demo practice (invented clients), made on first use
    python main.py --self-test check this installation in a throwaway vault and exit
"""

from __future__ import annotations

import argparse
import os
import sys

# The core a start needs, before Qt: once PySide6 is imported it reads the source of every
# module imported after it (looking for its feature switches), and the core never uses Qt.
import coachdesk.agreements
import coachdesk.engagements
import coachdesk.retention
import coachdesk.sessions
import coachdesk.settings  # noqa: F401
from coachdesk.paths import VaultLocation
from coachdesk.vault import VaultInfo, keystore


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="coachdesk", description="CoachDesk for coaches.")
    parser.add_argument("--home", metavar="DIR",
                        help="folder for the vault (default: the app-data folder, or "
                             "$COACHDESK_HOME)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo practice: invented clients in their own vault, "
                             "beside (never inside) your own")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (a throwaway vault: write, read, search, "
                             "PDF, backup) and exit 0 if all is well")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.version:
        from coachdesk import __version__

        print(f"CoachDesk {__version__}")
        return 0
    if args.self_test:
        from ui.selftest import run as self_test

        return self_test()
    if args.home:
        os.environ["COACHDESK_HOME"] = args.home
    location = VaultLocation.default(demo=args.demo)
    if not args.demo:
        read_key_ahead(location)
    from ui.app import run  # Qt: about half of a start

    return run(sys.argv[:1], location, demo=args.demo)


def read_key_ahead(location: VaultLocation) -> None:
    """A vault whose key the Secret Service keeps: ask for the key while Qt loads. The
    opening still checks the folder and the info file before it takes the answer."""
    info = VaultInfo.read(location)
    if info is not None and info.key_mode == "keyring":
        keystore.read_ahead(info.vault_id, info.keyring_backend)


if __name__ == "__main__":
    sys.exit(main())
