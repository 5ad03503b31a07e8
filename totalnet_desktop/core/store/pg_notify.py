"""Other desks' writes, told as they happen (PostgreSQL ``LISTEN/NOTIFY``; SQLite has one desk).

Schema step 18 gives the tables a screen shows a statement-level trigger that sends the table's name
on one channel; PostgreSQL folds identical notices of one transaction into one, so an import of 5,000
contacts is one notice per table, not 5,000. A desk listens on its own connection (``Listener``),
skips its own notices (by the sender's backend process id) and refreshes the screens of the topic
the table belongs to: nothing polls the database.
"""

from __future__ import annotations

import contextlib
import select
from collections.abc import Iterable
from dataclasses import dataclass

CHANNEL = "totalnet_changes"

# Table -> the data-bus topic the screens already listen to. Meeting-day tables get their own topic
# ("remote_meetings"): the meeting screen reloads its roster for another desk's check-in, while its
# own check-ins refresh it in place.
TABLE_TOPICS: dict[str, str] = {
    **dict.fromkeys(("contact", "contact_point", "tag", "contact_tag", "interaction"), "contacts"),
    "follow_up": "followups",
    **dict.fromkeys(("meeting", "attendance", "referral", "thank_you", "one_to_one", "ceu", "testimonial",
                     "visitor_stage", "agenda_segment", "feature_presentation", "member_away",
                     "speaker_record"), "remote_meetings"),
    **dict.fromkeys(("chapter", "membership", "chapter_fee", "power_team", "power_team_classification",
                     "power_team_member", "traffic_light_scheme"), "chapters"),
}

FUNCTION_SQL = f"""CREATE OR REPLACE FUNCTION tn_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
  RETURN NULL;
END
$$"""


def trigger_sql(table: str) -> list[str]:
    name = f"{table}_tn_notify"
    return [f'DROP TRIGGER IF EXISTS {name} ON "{table}"',
            (f'CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
             "FOR EACH STATEMENT EXECUTE FUNCTION tn_notify_change()")]


def install(db) -> None:
    """Schema step 18 on PostgreSQL: the notice trigger on every table a screen shows."""
    db.execute_sql(FUNCTION_SQL)
    for table in TABLE_TOPICS:
        for stmt in trigger_sql(table):
            db.execute_sql(stmt)


def topics(tables: Iterable[str]) -> set[str]:
    """The screens' topics for the tables another desk changed."""
    return {TABLE_TOPICS[t] for t in tables if t in TABLE_TOPICS}


@dataclass
class Notice:
    table: str
    sender: int  # the backend process id of the connection that wrote


class Listener:
    """A connection of its own that hears the channel (a thread may wait on it; no Qt here).

    ``wait(timeout)`` returns the notices that arrived (possibly none); it raises
    ``psycopg.OperationalError`` when the connection is lost, which is how a desk learns the server
    went away even while nobody queries."""

    def __init__(self, url: str, password: str | None = None, connect_timeout: int = 5) -> None:
        import psycopg

        params: dict[str, object] = {"autocommit": True, "connect_timeout": connect_timeout,
                                     "application_name": "TotalNet listener",
                                     # a dead network is noticed in seconds, not hours
                                     "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
                                     "keepalives_count": 2}
        if password:
            params["password"] = password
        self.conn = psycopg.connect(url, **params)
        self._heard: list[Notice] = []
        # Notices that arrive while the connection runs a statement (the ping) come through here.
        self.conn.add_notify_handler(lambda n: self._heard.append(Notice(n.payload, n.pid)))
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Notice]:
        """Notices that arrived within ``timeout`` seconds (returns early when one comes).

        libpq's own way: wait for the socket, consume its input, take the queued notices."""
        if not self._heard:
            ready, _, _ = select.select([self.conn.fileno()], [], [], timeout)
            if ready:
                pgconn = self.conn.pgconn
                pgconn.consume_input()  # raises when the server closed the connection
                while (n := pgconn.notifies()) is not None:
                    self._heard.append(Notice(n.extra.decode(), n.be_pid))
                if not self._heard:
                    self.ping()  # woken without a notice: the server may be saying goodbye (raises)
        found, self._heard = self._heard, []
        return found

    def ping(self) -> None:
        """One round trip (raises when the server is gone)."""
        self.conn.execute("SELECT 1")

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a dead connection
            self.conn.close()
