"""Undo labels, marked for the catalogue in one place at import time.

The undo list stores labels in English; screens read them back into these templates
(``texts.parse(CONTEXT, label)``) to show them translated, which needs every template registered
before any label is read: hence one module on the ground floor, used by every package that pushes."""

from __future__ import annotations

from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

CONTEXT = "Undo"

TESTIMONIAL = QT_TRANSLATE_NOOP("Undo", "testimonial")
REFERRAL = QT_TRANSLATE_NOOP("Undo", "referral")
THANK_YOU = QT_TRANSLATE_NOOP("Undo", "thank-you")
ONE_TO_ONE = QT_TRANSLATE_NOOP("Undo", "one-to-one")
CEU = QT_TRANSLATE_NOOP("Undo", "CEU")
CHECK_IN_OF = QT_TRANSLATE_NOOP("Undo", "check-in of {name}")
STATUS_FOR = QT_TRANSLATE_NOOP("Undo", "{status} for {name}")
CLOSING_THE_MEETING_OF = QT_TRANSLATE_NOOP("Undo", "closing the meeting of {day:%d %b}")
VISITOR = QT_TRANSLATE_NOOP("Undo", "visitor {name}")
DETAILS_OF_VISITOR = QT_TRANSLATE_NOOP("Undo", "details of visitor {name}")
KEPT_WHO_HAS_OTHER_RECORDS_SINCE = QT_TRANSLATE_NOOP("Undo", "; kept {names}, who has other records since")
KEPT_WHO_HAVE_OTHER_RECORDS_SINCE = QT_TRANSLATE_NOOP("Undo", "; kept {names}, who have other records since")
KEPT_THE_CHANGED_SINCE = QT_TRANSLATE_NOOP("Undo", "; kept the {things}, changed since")
UNDONE = QT_TRANSLATE_NOOP("Undo", "Undone: {label}{kept}{changed}.")
NAMES_AND = QT_TRANSLATE_NOOP("Undo", "{names} and {last}")
IMPORT_HISTORY_1_FILE = QT_TRANSLATE_NOOP("Undo", "import history (1 file)")
IMPORT_HISTORY_FILES = QT_TRANSLATE_NOOP("Undo", "import history ({count} files)")
ADD = QT_TRANSLATE_NOOP("Undo", "add {name}")
ADD_CONTACT = QT_TRANSLATE_NOOP("Undo", "add contact")
EDIT = QT_TRANSLATE_NOOP("Undo", "edit {name}")
EDIT_CONTACT = QT_TRANSLATE_NOOP("Undo", "edit contact")
TAG_CONTACTS = QT_TRANSLATE_NOOP("Undo", "tag {count} contacts \"{tag}\"")
UNTAG_CONTACTS = QT_TRANSLATE_NOOP("Undo", "untag {count} contacts \"{tag}\"")
DELETE_1_CONTACT = QT_TRANSLATE_NOOP("Undo", "delete 1 contact")
DELETE_CONTACTS = QT_TRANSLATE_NOOP("Undo", "delete {count} contacts")
RESTORE_CONTACTS = QT_TRANSLATE_NOOP("Undo", "restore {count} contacts")
MERGE_CONTACTS_INTO = QT_TRANSLATE_NOOP("Undo", "merge {count} contacts into {name}")
LOG_WITH = QT_TRANSLATE_NOOP("Undo", "log {channel} with {name}")
NOTE = QT_TRANSLATE_NOOP("Undo", "; {note}")
LABEL_WITH_NOTE = QT_TRANSLATE_NOOP("Undo", "{label}{note}")
DONE = QT_TRANSLATE_NOOP("Undo", "Done: {name}")
SNOOZE_UNTIL = QT_TRANSLATE_NOOP("Undo", "Snooze until {day:%d %b}")
RESCHEDULE_TO = QT_TRANSLATE_NOOP("Undo", "Reschedule to {day:%d %b}")
DISMISS = QT_TRANSLATE_NOOP("Undo", "Dismiss")
DISMISS_FOLLOW_UPS = QT_TRANSLATE_NOOP("Undo", "Dismiss {count} follow-ups")
ADD_FOLLOW_UP_FOR = QT_TRANSLATE_NOOP("Undo", "Add follow-up for {name}")
