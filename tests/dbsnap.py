"""A database's rows and schema as comparable values, on either engine (tests only)."""

from __future__ import annotations

from totalnet_desktop.core.store import engine, search_index


def schema_rows(db) -> list[tuple]:
    """The schema's objects with their definitions (SQLite's sqlite_master; PostgreSQL's catalogues)."""
    if engine.is_postgres(db):
        return db.execute_sql(
            "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "UNION ALL SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
            "UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2").fetchall()
    return db.execute_sql("SELECT * FROM sqlite_master ORDER BY rowid").fetchall()


def table_rows(db, table: str) -> list[tuple]:
    """Every row of ``table`` in storage order (the search index's rows for 'contact_fts',
    the schema for 'sqlite_master')."""
    if table == "contact_fts":
        return search_index.index_rows(db)
    if table == "sqlite_master":
        return schema_rows(db)
    order = "id" if engine.is_postgres(db) else "rowid"
    if engine.is_postgres(db) and "id" not in {c.name for c in db.get_columns(table)}:
        order = "1"
    return db.execute_sql(f"SELECT * FROM {table} ORDER BY {order}").fetchall()


def raw_count(data_dir, table: str) -> int:
    """Rows of ``table`` in the test's database as another program sees it, without the app: the
    data folder's SQLite file, or the server of this run (TOTALNET_DATABASE on ``--engine postgres``)."""
    import os

    server = os.environ.get("TOTALNET_DATABASE")
    if server:
        import psycopg

        with psycopg.connect(server) as conn:
            return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    import sqlite3

    con = sqlite3.connect(data_dir / "totalnet.sqlite3")
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def open_at_version(target, version: int):
    """A new database at ``target`` (a file path or a server address) migrated only up to ``version``,
    opened and bound to the models: what an older TotalNet left behind."""
    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store import migrations

    handle = db_mod.open_target(target, migrate=False)
    migrations.migrate(handle, up_to=version)
    assert migrations.schema_version(handle) == version
    return handle


def columns_of(db, table: str) -> set[str]:
    return {c.name for c in db.get_columns(table)}


def back_up_now(session):
    """A backup in the data folder's backups, as File > Back up now makes it: the SQLite file's online
    backup, or a chapter server's export to a TotalNet file."""
    from totalnet_desktop.core.store import backup, copy

    if session.server:
        return copy.server_backup(session.server, session.paths.backup_dir)[0]
    return backup.manual_backup(session.db_path, session.paths.backup_dir)
