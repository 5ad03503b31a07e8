"""The contacts service, loaded on first use by the Contacts screen: the first paint of a long list
needs none of it (its actions, the detail pane and the filter choices come after), and its import with
its helpers cost about 0.02 s of CPU at start-up."""

from __future__ import annotations

from types import ModuleType


def contacts() -> ModuleType:
    """``totalnet_desktop.core.contacts.service`` (imported on the first call)."""
    from totalnet_desktop.core.contacts import service

    return service
