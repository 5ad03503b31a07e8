"""Small helpers shared by the command modules."""

from __future__ import annotations

import sys


def not_yet(name: str):
    """A handler for a command whose feature has not landed yet (exit status 2)."""

    def handler(args) -> int:
        print(f"totalnet: '{name}' is not yet available in this version.", file=sys.stderr)
        return 2

    return handler
