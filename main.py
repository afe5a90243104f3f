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
    from coachdesk.paths import VaultLocation
    from ui.app import run

    return run(sys.argv[:1], VaultLocation.default(demo=args.demo), demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
