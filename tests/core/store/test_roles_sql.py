"""The roles shipped in docs/ (postgres-roles.sql, postgres-rights.sql), run on a real cluster the way the
README says, and each role tried at what it may and may not do (--engine postgres)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from totalnet_desktop.core.chapter import chapters, meetings, slips
from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity, prefs
from totalnet_desktop.core.store.errors import NotAllowedError
from totalnet_desktop.core.store.records import ContactRecord

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

DOCS = Path(__file__).resolve().parents[3] / "docs"
DATABASE = "chapter_dubai_pioneers"  # the name the shipped SQL creates
DAY = dt.date(2026, 1, 7)
Denied = psycopg.errors.InsufficientPrivilege


def psql(cluster, url: str, sql_file: Path) -> None:
    subprocess.run([str(cluster.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f",
                    str(sql_file)], check=True, capture_output=True, text=True)


def raw(url: str, sql: str, params=()) -> list[tuple]:
    with psycopg.connect(url) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else [(cur.rowcount,)]


@pytest.fixture
def chapter_server(pg_cluster):
    """The database, roles and logins of docs/postgres-roles.sql on the cluster; login -> address."""
    psql(pg_cluster, pg_cluster.url("postgres"), DOCS / "postgres-roles.sql")
    yield {who: f"postgresql://{who}@127.0.0.1:{pg_cluster.port}/{DATABASE}" for who in ("layla", "omar", "director")}
    db_mod.close_database()
    pg_cluster.drop(DATABASE)


@pytest.mark.postgres_only
def test_the_shipped_roles_do_what_they_say(pg_cluster, chapter_server):
    layla, omar, director = chapter_server["layla"], chapter_server["omar"], chapter_server["director"]

    # Leadership's first connection creates the tables (owned by the leadership group) and writes the
    # chapter: roster, a meeting, a check-in, a referral.
    db_mod.open_server(layla)
    chapter = chapters.create_chapter("Dubai Pioneers", start_time="07:00")
    ids = {name: chapters.add_member(chapter.id, name=name, classification=trade).contact_id
           for name, trade in (("Layla Haddad", "Law"), ("Omar Khan", "Printing"), ("Sara Ali", "Travel"))}
    contacts.set_me(ids["Layla Haddad"])
    prefs.set("phone_region", "AE")
    meeting = meetings.open_meeting(chapter.id, DAY, today=DAY)
    row = next(r for r in meetings.roster_rows(meeting.id) if r.contact_id == ids["Omar Khan"])
    assert meetings.check_in(meeting, row).changed
    slips.add_referral(ids["Layla Haddad"], ids["Omar Khan"], kind="inside", day=DAY)
    db_mod.close_database()
    assert raw(layla, "SELECT tableowner FROM pg_tables WHERE tablename = 'contact'") == [("totalnet_leadership",)]
    psql(pg_cluster, layla, DOCS / "postgres-rights.sql")
    psql(pg_cluster, layla, DOCS / "postgres-rights.sql")  # runs again after an upgrade

    # A member: says who he is, reads the chapter, writes his own slips and his own contacts.
    db_mod.open_server(omar)
    contacts.set_me(ids["Omar Khan"])
    assert identity.me_id() == ids["Omar Khan"] and identity.my_chapter_id() == chapter.id
    assert {r.contact_id for r in meetings.roster_rows(meeting.id)} == set(ids.values())
    mine = slips.add_referral(ids["Omar Khan"], ids["Sara Ali"], kind="inside", day=DAY).id
    pat = contacts.create(ContactRecord(id=None, first_name="Patricia", last_name="Quill"))
    assert search.search_ids(search.ContactFilter(text="quill")) == [pat]
    # His history imports' answers and saved mappings (schema step 20): kept, then changed.
    from totalnet_desktop.core.exchange import mappings
    from totalnet_desktop.core.exchange.history import runner

    runner.remember_me("whatsapp", ["omar khan"])
    runner.remember_me("whatsapp", ["+971501234567"])
    assert runner.remembered_me() == {"whatsapp": ["+971501234567", "omar khan"]}
    mappings.save_mapping("Roster", ["Mobile"], ["phone"])
    mappings.save_mapping("Roster", ["Mobile"], ["email"])
    assert mappings.apply_mapping("Roster", ["Mobile"], ["note"]) == ("email",)
    with pytest.raises(NotAllowedError, match="does not let omar change this"):  # one sentence, not SQL
        meetings.open_meeting(chapter.id, DAY + dt.timedelta(days=7), today=DAY + dt.timedelta(days=7))
    with pytest.raises(NotAllowedError):
        slips.add_referral(ids["Sara Ali"], ids["Omar Khan"], kind="inside", day=DAY)
    db_mod.close_database()
    with pytest.raises(Denied):  # the chapter's data is leadership's
        raw(omar, "INSERT INTO meeting (chapter_id, date, status, notes) VALUES (%s, '2026-01-14', 'open', '')",
            (chapter.id,))
    with pytest.raises(Denied):
        raw(omar, "UPDATE attendance SET status = 'Absent'")
    with pytest.raises(Denied):  # a slip in someone else's name
        raw(omar, "INSERT INTO referral (date, giver_id, receiver_id, kind, hotness, status, notes, created_at)"
                  " VALUES ('2026-01-07', %s, %s, 'inside', 3, 'New', '', now())", (ids["Sara Ali"], ids["Omar Khan"]))
    assert raw(omar, "UPDATE referral SET notes = 'mine' WHERE giver_id = %s", (ids["Layla Haddad"],)) == [(0,)]
    assert raw(omar, "UPDATE referral SET notes = 'called' WHERE id = %s", (mine,)) == [(1,)]
    assert raw(omar, "UPDATE contact SET company = 'Omar Print' WHERE id = %s", (ids["Sara Ali"],)) == [(0,)]
    assert raw(omar, "UPDATE setting SET value = %s WHERE key = 'me_contact_id@omar'", (str(ids["Sara Ali"]),)) \
        == [(0,)]  # who he is stays what he said (leadership may change it)
    assert raw(omar, "UPDATE setting SET value = '\"US\"' WHERE key = 'phone_region'") == [(0,)]  # the chapter's
    with pytest.raises(Denied):  # another login's history answers are not his to write
        raw(omar, "INSERT INTO setting (key, value) VALUES ('history_me@layla', '{}')")
    with pytest.raises(Denied):
        raw(omar, "INSERT INTO setting (key, value) VALUES ('currency', '\"USD\"')")

    # Read-only: reads the chapter, writes nothing, and sees nobody's private contacts.
    assert raw(director, "SELECT count(*) FROM attendance") == [(1,)]
    assert raw(director, "SELECT count(*) FROM referral") == [(2,)]
    assert raw(director, "SELECT count(*) FROM contact WHERE id = %s", (pat,)) == [(0,)]
    for sql in ("DELETE FROM referral", "UPDATE contact SET notes = 'x'",
                "INSERT INTO tag (name) VALUES ('reports')"):
        with pytest.raises(Denied):
            raw(director, sql)

    # Leadership may correct who someone is, but not give one member to two logins (schema step 23).
    with pytest.raises(psycopg.errors.UniqueViolation):
        raw(layla, "UPDATE setting SET value = %s WHERE key = 'me_contact_id@layla'", (str(ids["Omar Khan"]),))
    with pytest.raises(psycopg.errors.UniqueViolation):
        raw(layla, "INSERT INTO setting (key, value) VALUES ('me_contact_id@director', %s)", (str(ids["Omar Khan"]),))

    # Leadership sees the member's slip but not his private contact, and may correct the chapter.
    assert raw(layla, "SELECT count(*) FROM referral WHERE id = %s", (mine,)) == [(1,)]
    assert raw(layla, "SELECT count(*) FROM contact WHERE id = %s", (pat,)) == [(0,)]
    assert raw(layla, "UPDATE attendance SET note = 'on time' WHERE meeting_id = %s", (meeting.id,)) == [(1,)]


def test_the_readme_shows_the_shipped_roles():
    """The README's SQL is the shipped file's, line for line (they cannot drift apart)."""
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sql", 1)[1].split("```", 1)[0]
    shipped = {" ".join(line.split()) for line in (DOCS / "postgres-roles.sql").read_text(encoding="utf-8").splitlines()}
    lines = [" ".join(line.split()) for line in block.splitlines() if line.strip()]
    assert len(lines) >= 6 and all(line in shipped for line in lines)
    assert "docs/postgres-rights.sql" in readme
