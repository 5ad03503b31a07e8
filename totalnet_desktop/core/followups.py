"""The follow-up queue: items about whom to nurture next.

``queue()`` is how every part of the app adds an item; app-created items carry an ``origin_key``
(e.g. ``visitor:<attendance id>``) so creating them twice does nothing.
"""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.models import FollowUp, database

# Origin keys used across the app (one item per event):
#   visitor:<attendance id>          referral_received:<referral id>
#   referral_given:<referral id>     thank_you:<thank-you id>


def next_business_day(day: dt.date) -> dt.date:
    """The next day after ``day`` that is Monday to Friday."""
    nxt = day + dt.timedelta(days=1)
    while nxt.weekday() >= 5:
        nxt += dt.timedelta(days=1)
    return nxt


def queue(contact_id: int, due: dt.date, reason: str, *, channel: str = "", origin: str = "user",
          origin_key: str | None = None, link: str = "") -> int | None:
    """Add an open item; with an ``origin_key`` already used, add nothing and return None."""
    with database.atomic():
        if origin_key is not None and FollowUp.select().where(FollowUp.origin_key == origin_key).exists():
            return None
        item = FollowUp.create(contact=contact_id, due=due, reason=reason, channel=channel, origin=origin,
                               origin_key=origin_key, link=link)
    return item.id
