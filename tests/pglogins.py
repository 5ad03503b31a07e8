"""Plain logins on the throwaway PostgreSQL cluster: several people on one chapter server (tests of who
sees what). Imported only by tests that run with --engine postgres."""

from __future__ import annotations


def login(pg_cluster, server_url: str, role: str) -> str:
    """A plain login role (no superuser, no BYPASSRLS) that may read and write every table; its address."""
    import psycopg

    pg_cluster.admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                     f"CREATE ROLE {role} LOGIN; END IF; END $$")
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        conn.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    return server_url.replace("postgresql://postgres@", f"postgresql://{role}@")


def raw(url: str, sql: str, params=()) -> list[tuple]:
    """Run one statement as the login of ``url``, outside the app: its rows (or [(rowcount,)])."""
    import psycopg

    with psycopg.connect(url) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else [(cur.rowcount,)]
