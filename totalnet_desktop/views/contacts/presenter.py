"""What the Contacts screen shows, without a widget: the filter and sort, which ids to list (a first
page on a cold start), the count line, which buttons apply, and the actions that go to core.

The screen (``view.py``) reads the widgets into a ``ContactFilter`` and draws what this presenter
returns; tests drive the presenter alone with a database and no window. User texts are translated in
the screen's context ("ContactsView"), the same as before the split (written out at each call, so that
lupdate finds them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts.search import ANY_CHAPTER, GAPS, ContactFilter
from totalnet_desktop.core.contacts.service_loader import contacts
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

SHOW_CHOICES = (("", QT_TRANSLATE_NOOP("ContactsView", "All contacts")),
                ("met_not_connected", QT_TRANSLATE_NOOP("ContactsView", "Met in person, not connected online")),
                ("connected_not_met", QT_TRANSLATE_NOOP("ContactsView", "Connected online, never met")),
                ("warm_quiet", QT_TRANSLATE_NOOP("ContactsView", "Warm, gone quiet")),
                ("trash", QT_TRANSLATE_NOOP("ContactsView", "Trash")))
assert dict(SHOW_CHOICES[1:4]) == GAPS  # the same words as the search's gaps
FIRST_PAGE = 120  # rows shown at once on a cold start, before the full sorted list is known


def make_filter(text: str = "", tag: str = "", stage: str = "", source: str = "", chapter_id: int | None = None,
                show: str = "") -> ContactFilter:
    """The search's filter from what the screen's boxes hold (``show`` is a key of SHOW_CHOICES)."""
    return ContactFilter(text=text, tag=tag, stage=stage, source=source, chapter_id=chapter_id,
                         gap="" if show == "trash" else show, trash=show == "trash")


@dataclass(frozen=True)
class Listing:
    """What the table shows after a search: the ids, whether they are only the first page of a cold
    start (the rest follows), the count line, and whether the empty address book replaces the table."""

    ids: list[int]
    partial: bool
    count_text: str
    empty_book: bool = False


@dataclass(frozen=True)
class Buttons:
    """Which action buttons show and which are enabled, for the filter and selection."""

    trash_shown: bool  # Restore and Empty trash instead of New, Log touch and Merge
    log: bool
    merge: bool
    restore: bool
    selection: bool


class ContactsPresenter:
    """The Contacts screen's state (sort, staleness, the cached search) and its calls into core.

    ``changed(topic)`` tells the rest of the app that data changed (the screen passes its bus)."""

    def __init__(self, changed: Callable[[str], None]):
        self.changed = changed
        self.searcher = contact_search.ContactSearcher()
        self.sort_key, self.sort_desc = "name", False
        self.dirty = True
        self.choices_stale = True

    # ---- listing -----------------------------------------------------------------------------
    def listing(self, flt: ContactFilter, cold: bool) -> Listing:
        """The ids to show for ``flt``. ``cold``: nothing selected and no list being completed; then,
        without text and a cached answer, the first page now (a top-N query) and the rest after."""
        self.dirty = False
        if cold and not flt.text and not self.searcher.is_cached(flt, self.sort_key, self.sort_desc):
            first = contact_search.search_ids(flt, self.sort_key, self.sort_desc, limit=FIRST_PAGE)
            if len(first) == FIRST_PAGE:
                return Listing(first, True, translate("ContactsView", "Counting..."))
        ids = self.searcher.ids(flt, self.sort_key, self.sort_desc)
        total = len(ids)
        if total or not flt.text:
            if flt.trash:
                text = translate("ContactsView", "%Ln in the trash", None, total)
            else:
                text = translate("ContactsView", "%Ln contact(s)", None, total)
        else:
            text = translate("ContactsView", 'No contact matches "{text}"').format(text=flt.text)
        return Listing(ids, False, text, empty_book=total == 0 and flt == ContactFilter())

    def sort_by(self, key: str, descending: bool) -> bool:
        """Remember the sort; True when the list should reload now (it is not stale anyway)."""
        self.sort_key, self.sort_desc = key, descending
        return not self.dirty

    def data_changed(self) -> None:
        self.searcher.invalidate()
        self.dirty = True

    def choices(self) -> tuple[list[tuple[str, object]], list[tuple[str, object]], list[tuple[str, object]]]:
        """The tag, source and chapter lists of the filter boxes (after their 'Any ...' entry)."""
        self.choices_stale = False
        chapters = contact_search.chapter_choices()
        chapter_items: list[tuple[str, object]] = []
        if chapters:
            chapter_items.append((translate("ContactsView", "Member of any chapter"), ANY_CHAPTER))
        chapter_items += [(translate("ContactsView", "Member of {chapter}").format(chapter=name), cid)
                          for cid, name in chapters]
        return ([(t, t) for t in contacts().all_tags()], [(s, s) for s in contacts().sources()], chapter_items)

    # ---- what the selection allows -----------------------------------------------------------
    @staticmethod
    def buttons(trash: bool, selected: int) -> Buttons:
        return Buttons(trash_shown=trash, log=selected == 1, merge=selected >= 2, restore=selected >= 1,
                       selection=selected >= 1 and not trash)

    @staticmethod
    def selection_text(selected: int) -> str:
        """The detail pane's line when it shows no single contact."""
        if selected > 1:
            return translate("ContactsView", "%Ln contact(s) selected. Use Selection for bulk actions.", None,
                             selected)
        return translate("ContactsView", "Select a contact to see their details and history.")

    @staticmethod
    def is_trashed(contact_id: int) -> bool:
        """True for a contact in the trash (opening it shows the Trash)."""
        return contacts().exists(contact_id) and contacts().get(contact_id).trashed_at is not None

    # ---- actions (each returns the status-bar message) ----------------------------------------
    def undo(self) -> str | None:
        """Undo the last change of the contacts; None when there is nothing to undo."""
        from totalnet_desktop.core.store import undo  # on the first Ctrl+Z, not at start-up

        label = undo.undo_last("contacts")
        if label is None:
            return None
        self.changed("contacts")
        return translate("ContactsView", "Undone: {what}.").format(what=label)

    def restore(self, ids: list[int]) -> str:
        count = contacts().restore(ids)
        self.changed("contacts")
        return (translate("ContactsView", "Restored %Ln contact(s).", None, count)
                + "  (" + translate("ContactsView", "Ctrl+Z undoes") + ")")

    @staticmethod
    def trash_count() -> int:
        return contacts().trash_count()

    def empty_trash(self) -> tuple[int, str]:
        """Delete the trashed contacts for good: (how many, message)."""
        deleted = contacts().empty_trash()
        self.changed("contacts")
        return deleted, translate("ContactsView", "Deleted %Ln contact(s) for good.", None, deleted)

    def set_me(self, contact_id: int) -> str:
        contacts().set_me(contact_id)
        self.changed("contacts")
        return translate("ContactsView", "This contact is you now: \"Show my card\" uses it.")

    @staticmethod
    def saved_text(warnings: list[str]) -> str:
        names = ", ".join(warnings)
        saved = translate("ContactsView", "Saved.")
        return f"{saved} {names}" if names else saved

    @staticmethod
    def merged_text(count: int) -> str:
        return (translate("ContactsView", "Merged %Ln contacts.", None, count)
                + "  (" + translate("ContactsView", "Ctrl+Z undoes") + ")")
