"""A throwaway PostgreSQL cluster for the tests that run on both engines (``--engine postgres``).

initdb in a temporary folder as the ``postgres`` user (PostgreSQL refuses to run as root), pg_ctl
on a Unix socket in that folder and a loopback port, trust authentication, fsync off; stopped and
removed when the session ends. Every test gets a fresh database cloned from a template migrated
once, and the database is dropped after the test.
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
        run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w",
             "-o", (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"),
             "start"])

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
