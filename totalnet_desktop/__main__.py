"""`python -m totalnet_desktop` runs the command line (no arguments opens the app)."""

import sys

from totalnet_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
