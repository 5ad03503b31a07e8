-- TotalNet on a shared PostgreSQL server: what each role may write (README "Share a chapter").
-- Run as a leadership login once TotalNet has created its tables (after docs/postgres-roles.sql and
-- the first connection), e.g. `psql "postgresql://layla@host/chapter_dubai_pioneers" -f
-- docs/postgres-rights.sql`. Safe to run again; run it again after an upgrade that adds tables.
--
-- Always, without this file (schema step 16): contacts the chapter does not know (not a member, not on
-- a meeting's attendance, not a referral's prospect), notes of touches, follow-ups and undo entries are
-- private to the login that wrote them; PostgreSQL itself hides them from everyone else.
--
-- leadership (totalnet_leadership) owns the tables: reads and writes the chapter's data.
-- members (totalnet_member) read the chapter's data, write their own contacts, notes and follow-ups,
--     and their own slips (referrals, thank-yous, one-to-ones, CEUs and testimonials they gave).
-- reports (totalnet_reports) read only.

SET client_min_messages = warning;  -- no notices about policies that did not exist yet

-- Members write their own personal data ...
GRANT INSERT, UPDATE, DELETE ON contact, contact_point, contact_tag, tag, contact_version, stage_change,
    contact_search, search_index_suspend, interaction, contact_touch, follow_up, undo_entry, setting, import_mapping,
    history_import, history_person, history_pending, history_ignored TO totalnet_member;
-- ... and slips: the policies below keep them to their own.
GRANT INSERT, UPDATE, DELETE ON referral, thank_you, one_to_one, ceu, testimonial TO totalnet_member;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA totalnet TO totalnet_member;
GRANT SELECT ON ALL TABLES IN SCHEMA totalnet TO totalnet_member, totalnet_reports;

-- The contact who is the logged-in person (TotalNet's "me" on this server), or NULL. The database keeps
-- one login per member and the value a contact id's digits (schema step 23, core/store/me_choice.py).
CREATE OR REPLACE FUNCTION totalnet_me() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(value, 'null')::integer FROM setting WHERE key = 'me_contact_id@' || session_user
$$;

DO $$
DECLARE
  slip record;
BEGIN
  -- A slip is a member's own when they gave it; leadership writes any slip; everyone reads them all.
  FOR slip IN SELECT * FROM (VALUES
      ('referral', 'giver_id = totalnet_me()'),
      ('thank_you', 'from_contact_id = totalnet_me()'),
      ('one_to_one', 'totalnet_me() IN (member_a_id, member_b_id)'),
      ('ceu', 'contact_id = totalnet_me()'),
      ('testimonial', 'giver_id = totalnet_me()')) AS v(tbl, rule)
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', slip.tbl);
    EXECUTE format('DROP POLICY IF EXISTS tn_read ON %I', slip.tbl);
    EXECUTE format('CREATE POLICY tn_read ON %I FOR SELECT USING (true)', slip.tbl);
    EXECUTE format('DROP POLICY IF EXISTS tn_leadership ON %I', slip.tbl);
    EXECUTE format('CREATE POLICY tn_leadership ON %I TO totalnet_leadership USING (true) WITH CHECK (true)',
                   slip.tbl);
    EXECUTE format('DROP POLICY IF EXISTS tn_own_slip ON %I', slip.tbl);
    EXECUTE format('CREATE POLICY tn_own_slip ON %I TO totalnet_member USING (%s) WITH CHECK (%s)',
                   slip.tbl, slip.rule, slip.rule);
  END LOOP;

  -- A member changes only the contacts they wrote (the chapter's members are leadership's to edit),
  -- with their phones, addresses and tags.
  FOR slip IN SELECT * FROM (VALUES
      ('contact', 'owner = session_user'),
      ('contact_point', 'EXISTS (SELECT 1 FROM contact c WHERE c.id = contact_id AND c.owner = session_user)'),
      ('contact_tag', 'EXISTS (SELECT 1 FROM contact c WHERE c.id = contact_id AND c.owner = session_user)'))
      AS v(tbl, rule)
  LOOP
    EXECUTE format('DROP POLICY IF EXISTS tn_member_insert ON %I', slip.tbl);
    EXECUTE format('CREATE POLICY tn_member_insert ON %I AS RESTRICTIVE FOR INSERT TO totalnet_member '
                   'WITH CHECK (%s)', slip.tbl, slip.rule);
    EXECUTE format('DROP POLICY IF EXISTS tn_member_update ON %I', slip.tbl);
    EXECUTE format('CREATE POLICY tn_member_update ON %I AS RESTRICTIVE FOR UPDATE TO totalnet_member '
                   'USING (%s) WITH CHECK (%s)', slip.tbl, slip.rule, slip.rule);
    EXECUTE format('DROP POLICY IF EXISTS tn_member_delete ON %I', slip.tbl);
    EXECUTE format('CREATE POLICY tn_member_delete ON %I AS RESTRICTIVE FOR DELETE TO totalnet_member '
                   'USING (%s)', slip.tbl, slip.rule);
  END LOOP;
END $$;

-- Settings: the chapter's (phone region, currency) are leadership's; a member keeps their own
-- choices (who they are, their chapter), keyed by their login. A member says who they are once, at
-- their first connection; only leadership changes it afterwards.
ALTER TABLE setting ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tn_read ON setting;
CREATE POLICY tn_read ON setting FOR SELECT USING (true);
DROP POLICY IF EXISTS tn_leadership ON setting;
CREATE POLICY tn_leadership ON setting TO totalnet_leadership USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS tn_member_choices ON setting;
CREATE POLICY tn_member_choices ON setting FOR INSERT TO totalnet_member
    WITH CHECK (key IN ('me_contact_id@' || session_user, 'my_chapter_id@' || session_user));
DROP POLICY IF EXISTS tn_member_chapter ON setting;
CREATE POLICY tn_member_chapter ON setting FOR UPDATE TO totalnet_member
    USING (key = 'my_chapter_id@' || session_user) WITH CHECK (key = 'my_chapter_id@' || session_user);
-- Who a member is in their own history files and their import answers: theirs to keep and change.
DROP POLICY IF EXISTS tn_member_history ON setting;
CREATE POLICY tn_member_history ON setting TO totalnet_member
    USING (key IN ('history_me@' || session_user, 'history_date_order@' || session_user,
                   'history_keep_text@' || session_user))
    WITH CHECK (key IN ('history_me@' || session_user, 'history_date_order@' || session_user,
                        'history_keep_text@' || session_user));
