-- TotalNet on a shared PostgreSQL server: the database and its roles (README "Share a chapter").
-- Run as a server administrator, e.g. `psql -U postgres -f docs/postgres-roles.sql`, after changing
-- the chapter name and the passwords. TotalNet creates its own tables on the first connection of a
-- leadership member (the schema owner); it needs the unaccent extension (trusted: the owner may
-- create it) and an ICU-enabled server (every distribution's package is).

CREATE DATABASE chapter_dubai_pioneers ENCODING 'UTF8' TEMPLATE template0;
\connect chapter_dubai_pioneers

-- Three group roles: what each kind of person may do. Nobody logs in as them.
CREATE ROLE totalnet_leadership NOLOGIN;   -- president, vice-president, secretary/treasurer, visitor hosts
CREATE ROLE totalnet_member NOLOGIN;       -- members: read the chapter, write their own slips
CREATE ROLE totalnet_reports NOLOGIN;      -- read-only: reports, the director consultant's dashboards

-- Leadership owns the schema: it creates and migrates TotalNet's tables, and writes chapter data.
CREATE SCHEMA IF NOT EXISTS totalnet AUTHORIZATION totalnet_leadership;
ALTER DATABASE chapter_dubai_pioneers SET search_path = totalnet, public;
GRANT CONNECT ON DATABASE chapter_dubai_pioneers TO totalnet_leadership, totalnet_member, totalnet_reports;
GRANT CREATE ON DATABASE chapter_dubai_pioneers TO totalnet_leadership;  -- CREATE EXTENSION unaccent
GRANT USAGE ON SCHEMA totalnet TO totalnet_member, totalnet_reports;

-- Tables TotalNet creates later get these rights too (run as, or for, the leadership role).
ALTER DEFAULT PRIVILEGES FOR ROLE totalnet_leadership IN SCHEMA totalnet
    GRANT SELECT ON TABLES TO totalnet_member, totalnet_reports;
-- Members' inserts draw ids (USAGE) and keep the sequence past explicit ids (SELECT, UPDATE).
ALTER DEFAULT PRIVILEGES FOR ROLE totalnet_leadership IN SCHEMA totalnet
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO totalnet_member;
ALTER DEFAULT PRIVILEGES FOR ROLE totalnet_leadership IN SCHEMA totalnet
    GRANT EXECUTE ON FUNCTIONS TO totalnet_member, totalnet_reports;

-- People: one login each. TotalNet's "me", private contacts, follow-ups, notes and undo follow the
-- login (its session user), even when it acts as its group below. Passwords belong in ~/.pgpass or
-- the platform keyring on each desk, never in TotalNet's settings.
CREATE ROLE layla LOGIN PASSWORD 'change-me' IN ROLE totalnet_leadership;   -- president
CREATE ROLE omar LOGIN PASSWORD 'change-me' IN ROLE totalnet_member;
CREATE ROLE director LOGIN PASSWORD 'change-me' IN ROLE totalnet_reports;
-- Leadership members create tables as the group, so the default privileges above apply:
ALTER ROLE layla SET role = 'totalnet_leadership';

-- Next: the first connection of a leadership member creates TotalNet's tables
-- (`totalnet --database postgresql://layla@host/chapter_dubai_pioneers`); then that person runs
-- docs/postgres-rights.sql (what members may write, and which slips are their own).
