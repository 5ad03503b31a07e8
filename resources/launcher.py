"""Entry point of the built app: PyInstaller freezes this script as the ``TotalNet`` executable.

It runs the same command line as ``totalnet`` (no arguments opens the window; ``--version``,
``--smoke-test`` and every command work). Build-only: not shipped inside ``resources/``.
"""

import multiprocessing
import os
import sys


def _ensure_streams() -> None:
    """A windowed build on Windows has no console: give print() somewhere harmless to write."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives all run


def main() -> int:
    # A large import plans its rows in a helper process started with "spawn": in the frozen app that
    # process is this executable again, and freeze_support() runs the helper instead of the app.
    multiprocessing.freeze_support()
    _ensure_streams()
    # Finder on older macOS passes a process serial number (-psn_0_1234) to double-clicked apps.
    argv = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    from totalnet_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
