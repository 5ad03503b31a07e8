"""The chapter server of docs/postgres-roles.sql and docs/postgres-rights.sql on the throwaway cluster,
set up the way the README says (psql as an administrator, then as a leadership login), for tests that
use the shipped roles through the app (--engine postgres)."""

from __future__ import annotations

import subprocess
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
DATABASE = "chapter_dubai_pioneers"  # the name the shipped SQL creates
LOGINS = ("layla", "omar", "director")
ROLES = (*LOGINS, "totalnet_leadership", "totalnet_member", "totalnet_reports")


def psql(cluster, url: str, sql_file: Path) -> None:
    subprocess.run([str(cluster.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f",
                    str(sql_file)], check=True, capture_output=True, text=True)


def addresses(cluster) -> dict[str, str]:
    return {who: f"postgresql://{who}@127.0.0.1:{cluster.port}/{DATABASE}" for who in LOGINS}


def create(cluster) -> dict[str, str]:
    """The database and the roles (after removing any a previous test left); login -> address."""
    remove(cluster)
    psql(cluster, cluster.url("postgres"), DOCS / "postgres-roles.sql")
    return addresses(cluster)


def grant(cluster) -> None:
    """What members and reports may do, run by leadership once TotalNet created its tables."""
    psql(cluster, addresses(cluster)["layla"], DOCS / "postgres-rights.sql")


def remove(cluster) -> None:
    cluster.drop(DATABASE)
    cluster.admin("DROP ROLE IF EXISTS " + ", ".join(ROLES))
