"""The importer: counts, merge rules, duplicates, options, one transaction, cancel, errors."""

import datetime as dt

import dbsnap
import pytest
from exchange_samples import csv_text

from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.exchange.importer import ImportCancelled, ImportOptions
from totalnet_desktop.core.store import engine, search_index, texts
from totalnet_desktop.core.store.errors import ImportReadError
from totalnet_desktop.core.store.models import (
    Chapter,
    Contact,
    ContactPoint,
    FollowUp,
    Interaction,
    Membership,
    StageChange,
    database,
)


def _import(path, **kw):
    backup_dir = kw.pop("backup_dir", None)
    return importer.execute(importer.open_import(path), ImportOptions(**kw), backup_dir=backup_dir)


def _snapshot():
    tables = ["contact", "contact_point", "tag", "contact_tag", "interaction", "membership", "chapter",
              "follow_up", "contact_fts", "stage_change", "sqlite_master"]
    return {t: dbsnap.table_rows(database, t) for t in tables}


def _points(contact, kind):
    return [p.value for p in contact.points.where(ContactPoint.kind == kind).order_by(ContactPoint.position)]


def test_linkedin_import_counts_and_fields(db, session, linkedin_file):
    summary = _import(linkedin_file, backup_dir=session.paths.backup_dir)
    assert summary.line() == "imported 3, merged 0, skipped 0, rejected 0"
    assert summary.backup_path is None or summary.backup_path.exists()
    layla = Contact.get(Contact.first_name == "Layla")
    assert (layla.last_name, layla.company, layla.job_title, layla.source) == ("Al Mansouri", "Acme", "CEO",
                                                                                 "LinkedIn")
    assert _points(layla, "social") == ["https://www.linkedin.com/in/layla-almansouri"]
    tags = [link.tag.name for link in layla.tag_links]
    # Core's own default (no tag chosen) is its marked text in English; the dialog and the CLI translate it.
    assert tags == [f"Imported Connections.csv {texts.date_words(dt.date.today())}"]
    connected = Interaction.get(Interaction.contact == layla)
    assert (connected.channel, connected.kind, connected.occurred_at.date()) == (
        "linkedin", "connected", dt.date(2024, 3, 7))
    assert Contact.get(Contact.first_name == "Zoë").last_name == "Ñúñez 🎉"
    # the search index was rebuilt for the new rows
    assert search_index.indexed_ids(database, "almansouri") == [layla.id]


def test_same_file_twice_doubles_nothing(db, linkedin_file):
    _import(linkedin_file)
    before = _snapshot()
    assert _import(linkedin_file).line() == "imported 0, merged 3, skipped 0, rejected 0"
    assert _import(linkedin_file, policy="skip").line() == "imported 0, merged 0, skipped 3, rejected 0"
    after = _snapshot()
    assert len(after["contact"]) == len(before["contact"]) == 3
    assert after["contact_point"] == before["contact_point"]
    assert after["interaction"] == before["interaction"]


def test_same_file_twice_without_email_or_profile(db, write_file):
    path = write_file("people.csv", csv_text([["Name", "Phone"], ["Ana Silva", "050 111 2222"], ["Bo", ""]]))
    _import(path)
    assert _import(path).line() == "imported 0, merged 2, skipped 0, rejected 0"
    assert Contact.select().count() == 2


def test_merge_rules(db, write_file):
    first = write_file("a.csv", csv_text([
        ["First Name", "Last Name", "Email", "Company", "Job Title", "City", "Phone"],
        ["Sara", "Khan", "sara@example.com", "Old Co", "Analyst", "Dubai", "+971 50 000 0001"],
    ]))
    _import(first)
    second = write_file("b.csv", csv_text([
        ["First Name", "Last Name", "Email", "Email 2", "Company", "Job Title", "City", "Phone", "Notes"],
        ["Sarah", "", " SARA@Example.com ", "sara.k@example.com", "New Co", "", "", "+971 50 000 0002",
         "met at expo"],
    ]))
    summary = _import(second)
    assert summary.line() == "imported 0, merged 1, skipped 0, rejected 0"
    sara = Contact.get()
    assert (sara.first_name, sara.last_name) == ("Sara", "Khan")  # names kept
    assert sara.company == "New Co"  # newer company taken
    assert sara.job_title == "Analyst" and sara.city == "Dubai"  # never blanked
    assert sara.notes == "met at expo"  # empty field filled
    assert _points(sara, "email") == ["sara@example.com", "sara.k@example.com"]
    assert _points(sara, "phone") == ["+971 50 000 0001", "+971 50 000 0002"]


def test_social_url_normalised_match(db, write_file):
    _import(write_file("a.csv", csv_text([["Name", "LinkedIn"], ["Ali", "https://www.linkedin.com/in/Ali-K/"]])))
    summary = _import(write_file("b.csv", csv_text([["Name", "LinkedIn"], ["Ali K", "http://LinkedIn.com/in/ali-k"]])))
    assert summary.merged == 1 and Contact.select().count() == 1


def test_duplicate_of_an_earlier_row_in_the_same_file(db, write_file):
    path = write_file("dup.csv", csv_text([
        ["Name", "Email", "Phone"],
        ["Mona Aziz", "mona@example.com", ""],
        ["Mona A.", "MONA@example.com", "+971 50 555 0101"],
    ]))
    plan = importer.plan(importer.open_import(path))
    assert plan.preview[1][1].reason == "same e-mail or profile as row 2"
    assert _import(path).line() == "imported 1, merged 1, skipped 0, rejected 0"
    mona = Contact.get()
    assert _points(mona, "phone") == ["+971 50 555 0101"]


def test_add_policy_adds_matches(db, write_file):
    path = write_file("p.csv", csv_text([["Name", "Email"], ["Ana", "ana@example.com"]]))
    _import(path)
    assert _import(path, policy="add").line() == "imported 1, merged 0, skipped 0, rejected 0"
    assert Contact.select().count() == 2


def test_shared_phone_or_name_is_only_a_possible_duplicate(db, write_file):
    _import(write_file("a.csv", csv_text([["Name", "Phone", "Company"],
                                          ["Reception Desk", "+971 4 333 4444", "Tower Co"],
                                          ["John Smith", "", "Acme"]])))
    path = write_file("b.csv", csv_text([["Name", "Phone", "Company"],
                                         ["Priya Nair", "+971 4 333 4444", "Tower Co"],
                                         ["John Smith", "+971 50 999 8888", "Acme"]]))
    imp = importer.open_import(path)
    plan = importer.plan(imp)
    assert plan.imported == 2 and plan.merged == 0 and plan.possible_count == 2
    reasons = [p.reason for p in plan.possible]
    assert reasons == ["shares a phone number with Reception Desk, Tower Co",
                       "has the same name as John Smith, Acme"]
    john_id = plan.possible[1].contact_id
    # The user decides the second one is the same John: it is merged, the first stays separate.
    summary = importer.execute(imp, ImportOptions(decisions={3: ("contact", john_id)}))
    assert summary.line() == "imported 1, merged 1, skipped 0, rejected 0"
    assert _points(Contact.get_by_id(john_id), "phone") == ["+971 50 999 8888"]


def test_rejected_rows_and_warnings(db, write_file, tmp_path):
    path = write_file("r.csv", csv_text([
        ["Name", "Email", "Phone", "Company"],
        ["", "", "", "Only A Company"],
        ["Bad Mail", "not-an-email", "abc", ""],
        ["", "", "", ""],
        ["", "ok@example.com", "", ""],
    ]))
    imp = importer.open_import(path)
    summary = importer.execute(imp)
    assert summary.line() == "imported 2, merged 0, skipped 0, rejected 1"
    assert [(r.line, r.reason) for r in summary.rejected] == [(2, "no name, e-mail, phone or profile")]
    assert any(line == 3 and "is not an e-mail address; kept in the notes" in w for line, w in summary.warnings)
    # Not stored as an e-mail address (it would be offered for mail merges and matched on): in the notes.
    bad = Contact.get(Contact.first_name == "Bad")
    assert _points(bad, "email") == [] and bad.notes == "Email: not-an-email"
    out = tmp_path / "rejected.csv"
    assert importer.save_rejected(imp, summary, out) == 1
    again = importer.open_import(out)
    assert again.headers == ["Name", "Email", "Phone", "Company", "Rejected because"]
    assert next(again.drafts()).company == "Only A Company"


def test_text_survives_exactly(db, write_file):
    note = "Line one\nسطر ثانٍ 🎉, \"quoted\""
    path = write_file("t.csv", csv_text([["First Name", "Last Name", "Phone", "Notes"],
                                         ["Zoë", "عبد الله", "00971501234567", note],
                                         ["Émile", "O'Brien", "+44 20 7946 0958", ""]]), "utf-16")
    _import(path)
    zoe = Contact.get(Contact.first_name == "Zoë")
    assert zoe.last_name == "عبد الله" and zoe.notes == note
    assert _points(zoe, "phone") == ["00971501234567"]
    assert _points(Contact.get(Contact.first_name == "Émile"), "phone") == ["+44 20 7946 0958"]


def test_extra_cells_go_to_notes(db, write_file):
    path = write_file("x.csv", "Name,Email\r\nAna,ana@example.com,stray cell\r\nBo\r\n")
    summary = _import(path)
    assert summary.imported == 2
    assert Contact.get(Contact.first_name == "Ana").notes == "Extra cells: stray cell"


def test_chapter_roster_option_creates_chapter_and_memberships(db, write_file):
    path = write_file("roster.csv", csv_text([
        ["Member Name", "Classification", "Company", "Mobile", "Email", "Role"],
        ["Aisha Al Zaabi", "Accountant", "AZ Accounts", "+971 50 100 2000", "aisha@example.com", "President"],
        ["Raj Patel", "Printer", "Print Co", "+971 50 100 3000", "raj@example.com", "member"],
    ]))
    summary = _import(path, chapter="Dubai Pioneers")
    assert summary.imported == 2
    chapter = Chapter.get(Chapter.name == "Dubai Pioneers")
    rows = {(m.contact.first_name, m.classification, m.role) for m in Membership.select().where(
        Membership.chapter == chapter)}
    assert rows == {("Aisha", "Accountant", "President"), ("Raj", "Printer", "Member")}
    _import(path, chapter="Dubai Pioneers")
    assert Membership.select().count() == 2


def test_cancel_leaves_database_exactly_as_before(db, write_file, linkedin_file):
    _import(linkedin_file)
    before = _snapshot()
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.com"] for i in range(5000)]
    path = write_file("big.csv", csv_text(rows))
    with pytest.raises(ImportCancelled):
        importer.execute(importer.open_import(path), cancelled=lambda: True)
    assert _snapshot() == before
    assert database.execute_sql("SELECT count(*) FROM search_index_suspend").fetchone() == (0,)


def test_error_midway_leaves_database_as_before(db, write_file, linkedin_file):
    _import(linkedin_file)
    before = _snapshot()
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.com"] for i in range(4500)]
    path = write_file("late.csv", csv_text(rows) + 'Late,"never closed\r\nmore,stuff\r\n')
    imp = importer.open_import(path)
    with pytest.raises(ImportReadError, match="never closed in row 4502"):
        importer.execute(imp)
    assert _snapshot() == before


def test_file_changing_during_import_rolls_back(db, write_file):
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.com"] for i in range(4500)]
    path = write_file("moving.csv", csv_text(rows))
    imp = importer.open_import(path)

    def grow(done, total):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("Extra,extra@example.com\r\n")

    with pytest.raises(ImportReadError, match="changed while it was being read"):
        importer.execute(imp, progress=grow)
    assert Contact.select().count() == 0


def test_progress_is_reported(db, write_file):
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.com"] for i in range(5000)]
    seen = []
    importer.execute(importer.open_import(write_file("p.csv", csv_text(rows))),
                     progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 3 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_next_followup_and_stage_from_own_columns(db, write_file):
    from totalnet_desktop.core.exchange.formats import OWN_COLUMNS
    row = dict.fromkeys(OWN_COLUMNS, "")
    row.update({"First Name": "Nadia", "Stage": "Trust", "Next Follow-up": "2030-01-02",
                "Phone": "'+971 50 123 0000", "Notes": "'=SUM(A1)"})
    _import(write_file("own.csv", csv_text([list(OWN_COLUMNS), [row[c] for c in OWN_COLUMNS]])))
    nadia = Contact.get()
    assert nadia.stage == "Trust" and nadia.notes == "=SUM(A1)"
    assert _points(nadia, "phone") == ["+971 50 123 0000"]
    assert FollowUp.get().due == dt.date(2030, 1, 2)
    assert list(nadia.tag_links) == []  # re-importing one's own export adds no tag


def test_bulk_import_records_stage_history(db, write_file):
    """The bulk path writes the first-stage rows of new contacts in one statement (dated at creation)
    and leaves the update trigger on, so a merged stage is a move; the insert trigger is back after."""
    from totalnet_desktop.core.exchange.formats import OWN_COLUMNS

    def own(name, stage):
        row = dict.fromkeys(OWN_COLUMNS, "")
        row.update({"First Name": "Nadia", "Email": "nadia@example.com", "Stage": stage})
        return write_file(name, csv_text([list(OWN_COLUMNS), [row[c] for c in OWN_COLUMNS]]))

    early = Contact.create(first_name="Before", created_at=dt.datetime(2025, 1, 2, 3, 4))
    _import(own("one.csv", ""))
    nadia = Contact.get(Contact.first_name == "Nadia")
    _import(own("two.csv", "Like"))  # merged: a stage from the file replaces Know
    later = Contact.create(first_name="After", stage="Trust")
    moves = [(s.contact_id, s.from_stage, s.to_stage) for s in StageChange.select().order_by(StageChange.id)]
    assert moves == [(early.id, None, "Know"), (nadia.id, None, "Know"), (nadia.id, "Know", "Like"),
                     (later.id, None, "Trust")]
    first = StageChange.get((StageChange.contact == nadia.id) & StageChange.from_stage.is_null())
    assert first.changed_at == nadia.created_at


def test_vcard_import(db, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Omar;;;\r\nFN:Omar Haddad\r\n"
                    "TEL;TYPE=CELL:+971 50 765 4321\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD\r\n", encoding="utf-8")
    summary = _import(path)
    assert summary.line() == "imported 1, merged 0, skipped 0, rejected 1"
    assert summary.rejected[0].line == 7
    assert len(search_index.indexed_ids(database, "7654321", prefix=True)) == 1  # phone digit suffixes are searchable


def test_dry_run_plan_writes_nothing(db, linkedin_file):
    before = _snapshot()
    plan = importer.plan(importer.open_import(linkedin_file))
    assert plan.imported == 3 and len(plan.preview) == 3
    assert _snapshot() == before


def test_junk_emails_and_empty_profile_urls_do_not_merge_people(db, write_file):
    path = write_file("junk.csv", csv_text([
        ["Name", "Email", "LinkedIn"],
        ["Ana", "n/a", "https://www.linkedin.com/"],
        ["Bo", "N/A", "https://linkedin.com"],
        ["Cy", "none", ""],
    ]))
    summary = _import(path)
    assert summary.line() == "imported 3, merged 0, skipped 0, rejected 0"
    assert summary.warning_count == 3


def _fts(words, prefix=False):
    return search_index.indexed_ids(database, words, prefix)


def _index_rows():
    return search_index.index_rows(database)


def test_merges_redo_the_search_rows_they_change_and_only_those(db, write_file):
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    people = [[f"P{i}", "Person", f"https://www.linkedin.com/in/p{i}", "", "Co", ""] for i in range(6)]
    first = write_file("first.csv", csv_text([header] + people))
    _import(first, tag="Batch one")
    index = _index_rows()
    _import(first, tag="Batch one")  # the same file again: nothing changed, nothing redone
    assert _index_rows() == index
    # A new e-mail for one, a new job title for another: their rows follow, the rest stay.
    changed = [list(p) for p in people]
    changed[1][3] = "p1.new@example.com"
    changed[2][5] = "Harpist"
    _import(write_file("second.csv", csv_text([header] + changed)), tag="Batch one")
    p1, p2 = (Contact.get(Contact.first_name == n).id for n in ("P1", "P2"))
    assert _fts("p1 new example") == [p1]
    assert _fts("harpist") == [p2]
    assert [r for r in _index_rows() if r[0] not in (p1, p2)] == [r for r in index if r[0] not in (p1, p2)]


def _index_definition():
    """The search index's definition (FTS5 table on SQLite; its table's indexes and triggers on PostgreSQL)."""
    if engine.is_postgres(database):
        return [row for row in dbsnap.schema_rows(database) if "contact_search" in row[1] + row[2]]
    return database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'").fetchone()


def test_a_re_import_that_changes_most_contacts_rebuilds_the_whole_index(db, write_file):
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    people = [[f"P{i}", "Person", f"https://www.linkedin.com/in/p{i}", "", "Co", ""] for i in range(6)]
    path = write_file("people.csv", csv_text([header] + people))
    _import(path, tag="Monday")
    definition = _index_definition()
    _import(path, tag="Tuesday")  # a new tag on every contact
    assert len(_fts("tuesday")) == 6 and len(_fts("monday")) == 6
    assert len(_fts("p", prefix=True)) == 6
    # Rebuilt with the same definition (prefix indexes), and the triggers are back and working.
    assert _index_definition() == definition
    Contact.update(job_title="Oboist").where(Contact.first_name == "P3").execute()
    assert _fts("oboist") == [Contact.get(Contact.first_name == "P3").id]


def test_national_numbers_are_read_in_the_region_of_preferences(db, write_file, tmp_path):
    from totalnet_desktop.core.store import prefs

    prefs.set("phone_region", "GB")
    _import(write_file("gb.csv", csv_text([["Name", "Mobile"], ["Harry Jones", "07700 900123"]])))
    card = tmp_path / "gb.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL;TYPE=CELL:07700 900456\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    _import(card)
    keys = {p.value: p.key for p in ContactPoint.select().where(ContactPoint.kind == "phone")}
    assert keys == {"07700 900123": "+447700900123", "07700 900456": "+447700900456"}
    # The region chosen for one import wins over Preferences.
    _import(write_file("ae.csv", csv_text([["Name", "Mobile"], ["Omar Ali", "050 123 4567"]])), region="AE")
    assert ContactPoint.get(ContactPoint.value == "050 123 4567").key == "+971501234567"


def test_a_later_row_that_changes_the_stage_is_a_move_from_the_first_stage(db, write_file):
    path = write_file("ann.csv", csv_text([["Name", "Email", "Stage"], ["Ann Lee", "ann@example.com", ""],
                                           ["Ann Lee", "ann@example.com", "Like"]]))
    assert _import(path).line() == "imported 1, merged 1, skipped 0, rejected 0"
    ann = Contact.get(Contact.first_name == "Ann")
    moves = [(s.from_stage, s.to_stage) for s in StageChange.select().where(StageChange.contact == ann.id)
             .order_by(StageChange.id)]
    assert moves == [(None, "Know"), ("Know", "Like")]


def test_import_into_an_empty_book_builds_the_contact_indexes_after_the_load(db, write_file):
    def indexes():
        return [(name, sql) for kind, name, sql in dbsnap.schema_rows(database) if kind == "index"
                and (" ON contact " in sql or " ON public.contact " in sql)] if engine.is_postgres(database) else \
            database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = 'contact' ORDER BY name").fetchall()

    before = indexes()
    assert "contact_name_order" in [name for name, _ in before]
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.com"] for i in range(3000)]
    path = write_file("empty-book.csv", csv_text(rows))
    with pytest.raises(ImportCancelled):  # a cancelled load into the empty table keeps them too
        importer.execute(importer.open_import(path), cancelled=lambda: True)
    assert indexes() == before and models_count() == 0
    _import(path)
    assert indexes() == before and models_count() == 3000
    # The rebuilt name-order index answers the list exactly as a sort would.
    by_index = [r[0] for r in database.execute_sql(
        "SELECT id FROM contact INDEXED BY contact_name_order WHERE trashed_at IS NULL "
        "ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id")]
    by_sort = [r[0] for r in database.execute_sql(
        "SELECT id FROM contact NOT INDEXED ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id")]
    assert by_index == by_sort
    assert engine.is_postgres(database) or database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def models_count() -> int:
    return database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]


def test_default_tag_is_a_marked_text_with_the_file_and_the_day(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name\nLayla,Haddad\n", encoding="utf-8")
    imp = importer.open_import(path)
    tag = importer.default_tag(imp, dt.date(2026, 12, 7))
    assert isinstance(tag, texts.Message) and tag.source == "Imported {file} {day}"
    assert tag == "Imported Connections.csv 7 Dec 2026"
    assert importer.default_tag(imp, dt.date(2026, 12, 7), others=2) == "Imported Connections.csv +2 7 Dec 2026"
