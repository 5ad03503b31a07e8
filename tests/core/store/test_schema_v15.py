"""Schema step 15: a partial index of the live contacts whose names are not plain ASCII; the Contacts
list's first page reads them from it. An upgrade from version 14 builds it over the contacts already
there, and the first page still agrees with the whole sorted list."""

import sqlite3

from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models

NAMES = [("Zoë", "Dubois"), ("Aisha", "Khan"), ("Émile", "Zola"), ("Omar", "O'Neil"), ("عمر", "الحسن"),
         ("Łukasz", "Nowak"), ("Anna", "Lee"), ("Bob", ""), ("", "Ærø"), ("Chen", "Wei"), ("Ana", "Núñez")]


def test_upgrade_from_schema_v14_indexes_names_beyond_plain_ascii(tmp_path):
    path = tmp_path / "v14.sqlite3"
    models.database.init(str(path), pragmas={"foreign_keys": 1})
    models.database.connect()
    migrations.migrate(models.database, up_to=14)
    ids = [models.Contact.create(first_name=first, last_name=last).id for first, last in NAMES * 3]
    models.Contact.update(trashed_at="2026-12-01 10:00:00").where(models.Contact.id == ids[0]).execute()
    models.database.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 14
    assert not con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (migrations.NOT_PLAIN_NAME_INDEX,)).fetchall()
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 15
    indexed = {r[0] for r in database.execute_sql(
        f'SELECT id FROM contact INDEXED BY "{migrations.NOT_PLAIN_NAME_INDEX}" WHERE trashed_at IS NULL AND '
        f"{migrations.NOT_PLAIN_NAME_WHERE}")}
    names = {c.id: (c.first_name, c.last_name) for c in models.Contact.select() if c.trashed_at is None}
    plain = {cid for cid, (first, last) in names.items() if all(ch.isascii() and (ch.isalnum() or ch == " ")
                                                                for ch in first + last)}
    assert indexed == set(names) - plain and ids[0] not in indexed  # the trashed Zoë is not listed
    whole = search.search_ids(search.ContactFilter())
    for limit in (1, 2, 5, 12, len(whole)):
        assert search.search_ids(search.ContactFilter(), limit=limit) == whole[:limit], limit
    db_mod.close_database()
