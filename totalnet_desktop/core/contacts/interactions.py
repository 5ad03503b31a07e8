"""Interactions: logging a touch with a contact (a call, a coffee, a LinkedIn comment...)."""

from __future__ import annotations

import datetime as dt
import logging

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import undo, undo_labels
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import CHANNEL_LABELS, CHANNELS, Contact, Interaction, database, now
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


def log_touch(contact_id: int, channel: str = "in_person", note: str = "", *, kind: str = "",
              occurred_at: dt.datetime | dt.date | None = None, undoable: bool = True) -> int:
    """Record an interaction with a contact (one transaction, undoable); return its id."""
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "\"{channel}\" is not a channel; use one of: {items}.").format(
            channel=channel, items=", ".join(CHANNEL_LABELS.values())))
    if isinstance(occurred_at, dt.date) and not isinstance(occurred_at, dt.datetime):
        # A day without a time: keep the current time of day so same-day touches stay ordered.
        occurred_at = dt.datetime.combine(occurred_at, now().time())
    with database.atomic():
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Contact {contact_id} does not exist.").format(contact_id=contact_id))
        item = Interaction.create(contact=contact_id, channel=channel, kind=normalize.clean(kind),
                                  note=(note or "").strip(), occurred_at=occurred_at or now())
        if undoable:
            undo.push(undo_labels.LOG_WITH.format(
                channel=CHANNEL_LABELS[channel], name=contact.full_name or "contact"),
                      "delete_interaction", {"id": item.id})
    logger.info("logged %s with contact %s", channel, contact_id)
    return item.id


def last_channel(contact_id: int) -> str:
    """The channel of the most recent interaction ('' when none)."""
    row = (Interaction.select(Interaction.channel).where(Interaction.contact == contact_id)
           .order_by(Interaction.occurred_at.desc()).first())
    return row.channel if row else ""


def delete(interaction_id: int) -> None:
    """Remove one interaction."""
    with database.atomic():
        Interaction.delete().where(Interaction.id == interaction_id).execute()


undo.register("delete_interaction", lambda payload: delete(payload["id"]))
