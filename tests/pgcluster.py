"""A throwaway PostgreSQL cluster for the tests that run on both engines (``--engine postgres``).

initdb in a temporary folder as the ``postgres`` user (PostgreSQL refuses to run as root), pg_ctl
on a Unix socket in that folder and a loopback port, trust authentication, fsync off; stopped and
removed when the session ends. Every test gets a database in the state of a template migrated once.

Cloning a database costs about a second (a checkpoint), which over the whole suite would be most of
its time. So a test's database is handed back afterwards (``give_back``) and made like the template
again when that is cheap and certain: its other connections are ended, its schema (tables, columns,
indexes, triggers, functions, constraints, grants, policies, settings) must be exactly the template's
by a catalogue fingerprint, then every row is deleted, the template's own rows put back, and every
sequence restarted. A database whose schema a test changed is dropped and a new clone used instead.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN_DIRS = [Path(p) for p in ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
                              "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/14/bin",
                              "/usr/lib/postgresql/13/bin")]
ENV_BIN = "TOTALNET_PG_BIN"


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    candidates = [Path(os.environ[ENV_BIN])] if os.environ.get(ENV_BIN) else []
    candidates += BIN_DIRS
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_cluster_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


class Cluster:
    """One running throwaway cluster."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="totalnet-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.port = _free_port()
        self.data = self.folder / "data"
        self._names = itertools.count(1)
        self.template = "totalnet_template"

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> None:
        run = lambda cmd: subprocess.run(_as_cluster_user(cmd), check=True, capture_output=True, text=True)
        run([str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
             "-E", "UTF8", "--locale=C.UTF-8"])
        self.resume()

    def pause(self) -> None:
        """The server stops (pg_ctl stop -m fast): every connection is dropped, none is taken."""
        subprocess.run(_as_cluster_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                                         "stop"]), check=True, capture_output=True, text=True)

    def resume(self) -> None:
        """The server starts again on the same port, with its databases as they were."""
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        subprocess.run(_as_cluster_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l",
                                         str(self.folder / "log"), "-w", "-o", options, "start"]),
                       check=True, capture_output=True, text=True)

    def stop(self) -> None:
        subprocess.run(_as_cluster_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                                         "-w", "stop"]), check=False, capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def version(self) -> int:
        if not hasattr(self, "_version"):
            out = subprocess.run([str(self.bin_dir / "pg_ctl"), "--version"], check=True, capture_output=True,
                                 text=True).stdout
            self._version = int(re.search(r"(\d+)", out).group(1))
        return self._version

    def new_database(self, template: str | None = None) -> str:
        name = f"tn_{os.getpid()}_{next(self._names)}"
        # FILE_COPY (PostgreSQL 15+) copies the template's files: much faster than the WAL-logged copy.
        strategy = " STRATEGY = FILE_COPY" if self.version() >= 15 else ""
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template or 'template0'}{strategy}")
        return name

    def drop(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    # ---- databases like the template, reused between tests ----------------------------------------
    def seal_template(self) -> None:
        """Remember the migrated template's schema fingerprint and its rows (taken before any test)."""
        import psycopg

        with psycopg.connect(self.url(self.template), autocommit=True) as conn:
            self._fingerprint = _fingerprint(conn)
            self._tables = [r[0] for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")]
            self._seed = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in self._tables}
            self._seed = {t: rows for t, rows in self._seed.items() if rows}
        self._free: list[str] = []

    def take(self) -> str:
        """The name of a database in the template's state (a reused one, or a new clone)."""
        if getattr(self, "_free", None):
            return self._free.pop()
        return self.new_database(self.template)

    def give_back(self, name: str) -> None:
        """After a test: reset ``name`` to the template's state for the next test, or drop it."""
        import psycopg

        try:
            self.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")
            with psycopg.connect(self.url(name), autocommit=True) as conn:
                if _fingerprint(conn) != self._fingerprint:
                    raise LookupError("schema changed")
                _reset_rows(conn, self._tables, self._seed)
        except Exception:  # noqa: BLE001 - anything unusual: a fresh clone next time
            self.drop(name)
            return
        self._free.append(name)


# Everything a test could change in a database besides its rows, as one text per object. The schema's
# objects, and the database's own settings. (Roles are the cluster's, not the database's.)
_FINGERPRINT_SQL = """
SELECT md5(string_agg(x, E'\\n' ORDER BY x)) FROM (
  SELECT concat_ws('|', 'rel', c.relname, c.relkind, c.relowner, c.relacl::text, c.relrowsecurity,
                   c.relforcerowsecurity, c.reloptions::text) AS x
    FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
  UNION ALL SELECT concat_ws('|', 'col', a.attrelid::regclass::text, a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull, a.attcollation, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL SELECT concat_ws('|', 'idx', indexdef) FROM pg_indexes WHERE schemaname = current_schema()
  UNION ALL SELECT concat_ws('|', 'trg', tgrelid::regclass::text, tgname, tgenabled, pg_get_triggerdef(oid))
    FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT concat_ws('|', 'con', conrelid::regclass::text, conname, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
  UNION ALL SELECT concat_ws('|', 'fn', p.oid::regprocedure::text, md5(coalesce(p.prosrc, '')), p.proacl::text)
    FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
  UNION ALL SELECT concat_ws('|', 'pol', polrelid::regclass::text, polname, polcmd, polroles::text,
                   pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)) FROM pg_policy
  UNION ALL SELECT concat_ws('|', 'type', t.typname, t.typtype) FROM pg_type t
   WHERE t.typnamespace = current_schema()::regnamespace
  UNION ALL SELECT concat_ws('|', 'coll', collname) FROM pg_collation
   WHERE collnamespace = current_schema()::regnamespace
  UNION ALL SELECT concat_ws('|', 'ext', extname, extversion) FROM pg_extension
  UNION ALL SELECT concat_ws('|', 'nsp', nspname, nspacl::text) FROM pg_namespace
  UNION ALL SELECT concat_ws('|', 'set', setrole, setconfig::text) FROM pg_db_role_setting
   WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL SELECT concat_ws('|', 'db', datacl::text, datallowconn) FROM pg_database
   WHERE datname = current_database()
  UNION ALL SELECT concat_ws('|', 'defacl', defaclrole, defaclobjtype, defaclacl::text) FROM pg_default_acl
) f"""


def _fingerprint(conn) -> str:
    return conn.execute(_FINGERPRINT_SQL).fetchone()[0]


def _reset_rows(conn, tables: list[str], seed: dict[str, list[tuple]]) -> None:
    """Delete every row (no triggers, no foreign-key checks), put the template's rows back, restart
    every sequence at 1 and then past the ids the template's rows hold."""
    with conn.transaction():
        conn.execute("SET LOCAL session_replication_role = replica")
        filled = " UNION ALL ".join(f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM \"{t}\")" for t in tables)
        for (table,) in conn.execute(filled).fetchall():
            conn.execute(f'DELETE FROM "{table}"')
        for table, rows in seed.items():
            marks = ", ".join(["%s"] * len(rows[0]))
            conn.cursor().executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        conn.execute("SELECT setval(c.oid, 1, false) FROM pg_class c "
                     "WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace")
        for table in seed:
            if "id" in [d.name for d in conn.execute(f'SELECT * FROM "{table}" LIMIT 0').description]:
                conn.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), max(id)) "
                             f'FROM "{table}" HAVING max(id) IS NOT NULL')
