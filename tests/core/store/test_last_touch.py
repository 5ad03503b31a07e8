"""Schema step 19: each contact's last touch is stored (core.store.last_touch) and always equals what the
interactions say, whoever wrote them: a touch logged, moved or deleted, a merge and its undo, an import
(bulk, without the triggers), a history import and its undo, forgetting a contact, a copy of the database. Runs on
both engines (``--engine postgres``)."""

from __future__ import annotations

import datetime as dt
import itertools

from dbsnap import open_at_version
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.contacts import forget, interactions
from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.exchange.history import runner, storing
from totalnet_desktop.core.store import copy as db_copy
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import engine, last_touch, migrations, models, undo
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

DAY = dt.datetime(2026, 11, 4, 9, 0)


def stored(db) -> list[tuple]:
    return [tuple(r) for r in db.execute_sql(
        f"SELECT {last_touch.columns(db)} FROM {last_touch.TABLE} ORDER BY 1, 2").fetchall()]


def computed(db) -> list[tuple]:
    return [tuple(r) for r in db.execute_sql(f"{last_touch.computed_sql(db)} ORDER BY 1, 2").fetchall()]


def _at(value) -> str:
    """A stored time as text on both engines ('2026-11-04 09:00:00')."""
    return str(value)[:19] if value is not None else None


def _touch(contact_id: int, when: dt.datetime, direction: str = "") -> None:
    models.Interaction.create(contact=contact_id, occurred_at=when, channel="messaging", kind="", note="",
                              direction=direction)


def test_upgrade_from_schema_v18_fills_every_last_touch_and_keeps_it(tmp_path, empty_target):
    open_at_version(empty_target, 18)
    layla = models.Contact.create(first_name="Layla", last_name="Haddad").id
    omar = models.Contact.create(first_name="Omar", last_name="Khan").id
    zoe = models.Contact.create(first_name="Zoë", last_name="Dubois").id  # never touched: no row
    _touch(layla, DAY - dt.timedelta(days=30))
    _touch(layla, DAY, direction="group")  # a group chat's message: newest, but not personal
    _touch(omar, DAY - dt.timedelta(days=3), direction="group")
    db_mod.close_database()

    database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 19
    rows = {r[0]: (_at(r[-2]), _at(r[-1])) for r in stored(database)}
    assert rows == {layla: ("2026-11-04 09:00:00", "2026-10-05 09:00:00"),
                    omar: ("2026-11-01 09:00:00", None)}
    assert zoe not in rows

    # The triggers keep it: a newer touch raises it, deleting the newest brings the one before back.
    newest = interactions.log_touch(zoe, "phone", occurred_at=DAY + dt.timedelta(days=1))
    interactions.log_touch(zoe, "email", occurred_at=DAY - dt.timedelta(days=9))
    assert {r[0]: _at(r[-1]) for r in stored(database)}[zoe].startswith("2026-11-05")
    interactions.delete(newest)
    assert {r[0]: _at(r[-1]) for r in stored(database)}[zoe].startswith("2026-10-26")
    models.Interaction.update(direction="").where(models.Interaction.contact == omar).execute()
    assert {r[0]: _at(r[-1]) for r in stored(database)}[omar] == "2026-11-01 09:00:00"
    models.Interaction.delete().where(models.Interaction.contact == omar).execute()
    assert omar not in {r[0] for r in stored(database)}
    assert stored(database) == computed(database)
    db_mod.close_database()


FIRST = ["Ana", "Omar", "Sara", "Yuki"]
LAST = ["Silva", "Khan", "Lee"]
WHEN = st.integers(-400, 30)  # days from DAY
ANY = st.integers(0, 40)
OPERATIONS = st.one_of(
    st.tuples(st.just("create"), st.sampled_from(FIRST), st.sampled_from(LAST)),
    st.tuples(st.just("touch"), ANY, WHEN, st.sampled_from(["", "in", "out", "group"])),
    st.tuples(st.just("move"), st.integers(0, 60), ANY, WHEN),
    st.tuples(st.just("delete"), st.integers(0, 60)),
    st.tuples(st.just("merge"), ANY, ANY),
    st.tuples(st.just("undo"), st.just(0)),
    st.tuples(st.just("import"), st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST), WHEN),
                                          min_size=1, max_size=4)),
    st.tuples(st.just("history"), ANY, st.lists(WHEN, min_size=1, max_size=4)),
    st.tuples(st.just("undo_history"), ANY),
    st.tuples(st.just("forget"), ANY),
)


def _ids(model) -> list[int]:
    return [r.id for r in model.select(model.id).order_by(model.id)]


def _pick(model, index: int) -> int | None:
    ids = _ids(model)
    return ids[index % len(ids)] if ids else None


def _apply(op: tuple, folder, counter) -> None:
    kind, *args = op
    if kind == "create":
        n = next(counter)
        contacts.create(ContactRecord(id=None, first_name=args[0], last_name=args[1],
                                      points=(PointRecord("phone", f"+971 50 555 {n:04d}"),)))
        return
    if kind == "import":
        path = folder / f"connections-{next(counter)}.csv"
        lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
        lines += [f"{first},{last},,{first.lower()}.{last.lower()}@example.com,,,"
                  f"{(DAY + dt.timedelta(days=days)):%d %b %Y}" for first, last, days in args[0]]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        importer.execute(importer.open_import(path), backup_dir=folder / "backups", parallel=False)
        return
    contact = _pick(models.Contact, args[0])
    if contact is None:
        return
    if kind == "touch":
        when = DAY + dt.timedelta(days=args[1])
        models.Interaction.create(contact=contact, occurred_at=when, channel="messaging", kind="", note="",
                                  direction=args[2])
    elif kind == "move":
        touch = _pick(models.Interaction, args[0])
        target = _pick(models.Contact, args[1])
        if touch is not None:
            models.Interaction.update(contact=target, occurred_at=DAY + dt.timedelta(days=args[2])).where(
                models.Interaction.id == touch).execute()
    elif kind == "delete":
        touch = _pick(models.Interaction, args[0])
        if touch is not None:
            interactions.delete(touch)
    elif kind == "merge":
        other = _pick(models.Contact, args[1])
        if other != contact:
            contact_merge.merge([contact, other], contact)
    elif kind == "undo":
        undo.undo_last("contacts")
    elif kind == "history":
        record = contacts.get(contact)
        name = f"{record.first_name} {record.last_name}"
        chat = folder / f"WhatsApp Chat with {name} {next(counter)}.txt"
        chat.write_text("".join(f"{(DAY + dt.timedelta(days=d)):%d/%m/%Y}, 09:0{k} - {name}: hello {k}\n"
                                f"{(DAY + dt.timedelta(days=d)):%d/%m/%Y}, 09:1{k} - Sam Lee: hi\n"
                                for k, d in enumerate(args[1])), encoding="utf-8")
        runner.import_history([chat], me=["Sam Lee"], today=DAY.date())
    elif kind == "undo_history":
        batch = _pick(models.HistoryImport, args[0])
        if batch is not None:
            storing.undo_import(batch)  # its touches go with it (a cascade: the triggers see each)
    elif kind == "forget" and not models.Contact.get_by_id(contact).is_me:
        forget.forget(contact)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPERATIONS, min_size=1, max_size=14))
def test_the_stored_last_touch_equals_the_computed_one_after_any_operations(session, tmp_path, ops):
    database = models.database
    counter = itertools.count()
    for op in ops:
        try:
            _apply(op, tmp_path, counter)
        except TotalNetError:
            pass  # refused as a whole (nothing written): the invariant must still hold
        assert stored(database) == computed(database), op


def test_a_copy_of_the_database_carries_every_last_touch(session, tmp_path):
    layla = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad"))
    omar = contacts.create(ContactRecord(id=None, first_name="Omar", last_name="Khan"))
    interactions.log_touch(layla, "phone", occurred_at=DAY)
    interactions.log_touch(layla, "email", occurred_at=DAY - dt.timedelta(days=2))
    interactions.log_touch(omar, "email", occurred_at=DAY - dt.timedelta(days=5))
    source = engine.chosen_target() or models.database.database
    db_mod.close_database()
    target = tmp_path / "copy.sqlite3"
    for replace in (False, True):  # into a new file, then over it
        db_copy.copy_database(source, target, replace=replace)
        copied = db_mod.open_target(target)
        assert [(r[0], _at(r[-2])) for r in stored(copied)] == [(layla, "2026-11-04 09:00:00"),
                                                                 (omar, "2026-10-30 09:00:00")]
        assert stored(copied) == computed(copied)
        db_mod.close_database()
