"""peewee is loaded without the server drivers it probes for; a server database still gets its driver."""

import importlib.util
import subprocess
import sys

import pytest


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)


def test_importing_the_app_loads_no_server_driver():
    result = run("import sys, totalnet_desktop, peewee\n"
                 "from totalnet_desktop.core.store import db\n"
                 "loaded = [m for m in ('psycopg', 'psycopg2', 'pymysql', 'MySQLdb') if m in sys.modules]\n"
                 "print(loaded); sys.exit(1 if loaded else 0)\n")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(importlib.util.find_spec("psycopg") is None, reason="psycopg is not installed")
def test_a_postgresql_database_loads_psycopg_when_created():
    result = run("import sys, totalnet_desktop, peewee\n"
                 "from playhouse.postgres_ext import PostgresqlExtDatabase\n"
                 "db = PostgresqlExtDatabase('postgresql://nobody@127.0.0.1:1/none')\n"
                 "db._adapter.check_driver()\n"
                 "assert 'psycopg' in sys.modules and peewee.psycopg is not None\n"
                 "assert db._adapter.txn_idle is not None\n"
                 "plain = peewee.PostgresqlDatabase(None)\n"
                 "plain._adapter.check_driver()\n"
                 "print('ok')\n")
    assert result.returncode == 0 and "ok" in result.stdout, result.stdout + result.stderr


def test_without_the_app_peewee_is_untouched():
    result = run("import peewee, sys\nprint(hasattr(peewee.PostgresqlDatabase.init, '_loads_driver'))\n")
    assert result.stdout.strip() == "False", result.stdout + result.stderr
