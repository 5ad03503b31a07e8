"""The common row's fast builder (fast_drafts) agrees with the general one: the same draft for every
row, and the same plan (decisions, counts, rows written, merges) for whole random files."""

from __future__ import annotations

import dataclasses

from exchange_samples import LINKEDIN_HEADER, LINKEDIN_NOTES, csv_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.exchange.dedupe import Classifier
from totalnet_desktop.core.exchange.drafts import Draft, RowBuilder
from totalnet_desktop.core.exchange.fast_drafts import fast_builder
from totalnet_desktop.core.exchange.formats import suggest_mapping
from totalnet_desktop.core.exchange.planner import ChunkPlanner
from totalnet_desktop.core.exchange.rows import RowMaker

NAMES = ["Layla", "Omar", "layla", " Zoë ", "Ñúñez 🎉", "  Al   Mansouri ", "", " ", "\u200b", "=cmd", "O'Brien",
         "Wang", "Łukasz", "Mei\tLin"]
EMAILS = ["layla@example.com", "LAYLA@Example.com ", "omar@example.com", "", " ", "n/a", "a@b.co; c@d.co",
          "zoë@exämple.com", "bad-at-example", "mei.lin@example.org", " omar@example.com"]
URLS = ["https://www.linkedin.com/in/layla", "https://linkedin.com/in/LAYLA/", "http://uk.linkedin.com/in/omar",
        "https://www.linkedin.com/in/omar-haddad-12", "linkedin.com", "", "https://www.linkedin.com/in/zoë",
        "https://www.linkedin.com/in/mei?trk=x", "www.linkedin.com/in/lukasz-k", "https://x.com/omar"]
COMPANIES = ["Acme", "Big, Co", "", "  Haddad   LLC ", "Ünited", "=SUM(A1)"]
DATES = ["07 Mar 2024", "2024-03-07", "", "not a date", " 01 Jan 2023 ", "31/12/2022"]

# A LinkedIn export; the same with an unknown column (named in the summary); with its columns in
# another order; and a layout the fast builder leaves to the general one (phones, notes, tags).
LAYOUTS = [
    LINKEDIN_HEADER,
    [*LINKEDIN_HEADER, "Birthday"],
    ["Email Address", "Company", "Last Name", "First Name", "Connected On", "URL", "Position"],
    ["First Name", "Last Name", "E-mail", "Mobile", "Notes", "Tags", "LinkedIn"],
]
POOLS = {"First Name": NAMES, "Last Name": NAMES, "URL": URLS, "LinkedIn": URLS, "Email Address": EMAILS,
         "E-mail": EMAILS, "Company": COMPANIES, "Position": COMPANIES, "Connected On": DATES,
         "Birthday": ["", "1 May", " "], "Mobile": ["", "+971 50 123 4567", "050 123"],
         "Notes": ["", "met at the fair"], "Tags": ["", "Warm; Chapter"]}


@st.composite
def files(draw):
    header = draw(st.sampled_from(LAYOUTS))
    rows = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.sampled_from(["row", "row", "row", "repeat", "short", "long", "blank", "header"]))
        if kind == "repeat" and rows:
            rows.append(list(draw(st.sampled_from(rows))))
            continue
        if kind == "blank":
            rows.append([""] * len(header))
            continue
        if kind == "header":
            rows.append(list(header))
            continue
        row = [draw(st.sampled_from(POOLS[h])) for h in header]
        if kind == "short":
            row = row[:draw(st.integers(1, len(header) - 1))]
        elif kind == "long":
            row = [*row, draw(st.sampled_from(["", "extra", " "]))]
        rows.append(row)
    return header, rows


def _opened(tmp_path, name: str, header, rows, fast: bool) -> importer.ImportFile:
    path = tmp_path / name
    path.write_bytes((LINKEDIN_NOTES + csv_text([header, *rows])).encode("utf-8"))
    imp = importer.open_import(path)
    imp.fast = fast
    return imp


def _plan(imp: importer.ImportFile, existing, policy: str):
    """Every chunk (rows to write, merges) and the summary, planned as ``execute`` plans."""
    classifier = Classifier(policy)
    for cid, (first, last, email, url) in enumerate(existing, start=1):
        classifier.add_existing(cid, first, last, "", "", [email] if email else [], [url] if url else [], [])
    planner = ChunkPlanner(classifier, RowMaker("LinkedIn", "2026-12-07 10:00:00", [1], 3, True), 100)
    chunks = [(c.rows, c.first_id, c.last_id, c.merges) for c in planner.chunks(imp.drafts(), size=7)]
    s = planner.summary
    facts = (s.imported, s.merged, s.skipped, s.rejected, s.warnings, s.warning_count, s.possible,
             s.possible_count, s.rows, s.matches, s.repeats, s.unmapped, s.header_repeats, s.preview)
    return chunks, facts


EXISTING = st.lists(st.tuples(st.sampled_from(["Layla", "Omar", ""]), st.sampled_from(["Wang", ""]),
                              st.sampled_from(["layla@example.com", "omar@example.com", ""]),
                              st.sampled_from(["linkedin.com/in/layla", "linkedin.com/in/omar-haddad-12", ""])),
                    max_size=3)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files(), EXISTING, st.sampled_from(["merge", "skip", "add"]))
def test_the_fast_path_plans_what_the_general_path_plans(tmp_path, file, existing, policy):
    header, rows = file
    fast = _plan(_opened(tmp_path, "fast.csv", header, rows, True), existing, policy)
    general = _plan(_opened(tmp_path, "general.csv", header, rows, False), existing, policy)
    assert fast == general


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LAYOUTS[:3]), st.data())
def test_the_fast_builder_makes_the_general_builders_draft(header, data):
    """Row by row, field by field (the plan test above could hide a field no decision reads)."""
    mapping = suggest_mapping(header, None).mapping
    general = RowBuilder(header, mapping)
    fast = fast_builder(general)
    assert fast is not None
    row = [data.draw(st.sampled_from(POOLS[h])) for h in header]
    a, b = fast(5, list(row)), general.build(5, list(row))
    for f in dataclasses.fields(Draft):
        assert getattr(a, f.name) == getattr(b, f.name), f.name


def test_layouts_with_rules_of_their_own_use_the_general_builder():
    """Phones, notes, tags, the app's own export and kept unmapped values are never built fast."""
    header = LAYOUTS[3]
    assert fast_builder(RowBuilder(header, suggest_mapping(header, None).mapping)) is None
    linkedin = suggest_mapping(LINKEDIN_HEADER, None).mapping
    assert fast_builder(RowBuilder(LINKEDIN_HEADER, linkedin, own=True)) is None
    assert fast_builder(RowBuilder(LINKEDIN_HEADER, linkedin, keep_unmapped=True)) is None
    assert fast_builder(RowBuilder(LINKEDIN_HEADER, linkedin)) is not None


def test_the_plan_really_takes_the_fast_path(tmp_path, monkeypatch):
    """A LinkedIn file's plain rows are built by the fast builder, not handed back to the general one."""
    calls = {"general": 0}
    original = RowBuilder.build

    def counted(self, line, cells):
        calls["general"] += 1
        return original(self, line, cells)

    monkeypatch.setattr(RowBuilder, "build", counted)
    rows = [["Layla", "Haddad", "https://www.linkedin.com/in/layla", "layla@example.com", "Acme", "CEO",
             "07 Mar 2024"],
            ["", "", "https://www.linkedin.com/in/omar-haddad", "", "", "", ""]]  # no name: the general one
    imp = _opened(tmp_path, "c.csv", LINKEDIN_HEADER, rows, True)
    drafts = list(imp.drafts())
    assert [(d.first_name, d.last_name) for d in drafts] == [("Layla", "Haddad"), ("Omar", "Haddad")]
    assert calls["general"] == 1
