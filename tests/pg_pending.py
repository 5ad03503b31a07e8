"""Tests marked both_engines that do not pass on PostgreSQL yet (issue 18, listed in its note).

Each is skipped on a PostgreSQL run with this reason, so the run stays green and the list is the
honest size of what is left. Causes: the follow-up rules and the Insights figures still hold
SQLite-only SQL (temp tables, julianday arithmetic, date text compared as strings, typed values
returned where SQLite returns text); the undo of a created contact and of a merge reads the FTS5
table directly; the demo loader's figures depend on both.
"""

REASON = "not yet on PostgreSQL (issue 18 note: SQLite-only SQL in this path)"

PENDING = frozenset({
    "tests/core/contacts/test_contact_search.py::test_searcher_matches_sql_search",
    "tests/core/contacts/test_contact_search.py::test_searcher_narrowing_while_typing_matches_sql_search",
    "tests/core/contacts/test_contact_search.py::test_searcher_letter_that_everyone_holds_agrees_with_sql_search",
    "tests/core/chapter/test_meetings.py::test_an_app_made_nudge_does_not_keep_the_new_contact",
    "tests/core/chapter/test_meetings.py::test_undo_substitute_removes_the_contact_it_created",
    "tests/core/chapter/test_meetings.py::test_undo_visitor_removes_the_new_contact_and_its_followup",
    "tests/core/chapter/test_reports.py::test_attendance_table",
    "tests/core/chapter/test_reports.py::test_date_range_report_and_palms_table",
    "tests/core/chapter/test_reports.py::test_first_meeting_report",
    "tests/core/chapter/test_reports.py::test_history_and_member_stats",
    "tests/core/chapter/test_reports.py::test_meeting_report_hand_counted",
    "tests/core/chapter/test_reports.py::test_referrals_table",
    "tests/core/contacts/test_contact_merge.py::test_merge_three_makes_a_backup_and_moves_me",
    "tests/core/contacts/test_contact_merge.py::test_undo_of_a_three_way_merge_restores_every_row_exactly",
    "tests/core/contacts/test_contact_merge.py::test_undo_of_the_merge_restores_every_row_exactly",
    "tests/core/demo/test_demo.py::test_a_failure_part_way_leaves_the_database_as_before",
    "tests/core/demo/test_demo.py::test_search_index_finds_a_demo_phone_by_inner_digits",
    "tests/core/demo/test_demo.py::test_stage_history_climbs_to_each_contacts_stage_within_the_past",
    "tests/core/followups/test_followup_rules.py::test_a_touch_on_any_channel_resets_the_cadence",
    "tests/core/followups/test_followup_rules.py::test_bridge_connect_members_and_in_person_contacts",
    "tests/core/followups/test_followup_rules.py::test_bridge_invite_online_only_prospects_and_needs",
    "tests/core/followups/test_followup_rules.py::test_cadence_is_capped_and_refills",
    "tests/core/followups/test_followup_rules.py::test_cadence_runs_out_by_stage_and_custom_days",
    "tests/core/followups/test_followup_rules.py::test_cadence_shows_up_to_six_days_ahead",
    "tests/core/followups/test_followup_rules.py::test_check_in_queue_and_rule_share_the_key",
    "tests/core/followups/test_followup_rules.py::test_dismissed_rotation_item_moves_to_the_next_member",
    "tests/core/followups/test_followup_rules.py::test_marking_a_cadence_item_done_resets_it",
    "tests/core/followups/test_followup_rules.py::test_meeting_attendance_counts_as_a_touch",
    "tests/core/followups/test_followup_rules.py::test_no_touch_ever_means_no_cadence_item",
    "tests/core/followups/test_followup_rules.py::test_old_events_are_history",
    "tests/core/followups/test_followup_rules.py::test_one_to_one_rotation_picks_the_longest_gap",
    "tests/core/followups/test_followup_rules.py::test_referral_passed_to_me_and_given_by_me",
    "tests/core/followups/test_followup_rules.py::test_removed_visitor_check_in_removes_its_open_item",
    "tests/core/followups/test_followup_rules.py::test_running_the_rules_twice_creates_nothing_new",
    "tests/core/followups/test_followup_rules.py::test_thank_you_received",
    "tests/core/followups/test_followup_rules.py::test_the_day_we_met_and_a_one_to_one_with_me_count_as_touches",
    "tests/core/followups/test_followup_rules.py::test_trashed_contacts_get_nothing_and_leave_the_queue",
    "tests/core/followups/test_followup_rules.py::test_visitor_gets_a_thank_you_item_the_next_business_day",
    "tests/core/followups/test_followup_rules.py::test_without_me_no_referral_items",
    "tests/core/followups/test_followups.py::test_add_item_validates_and_undoes",
    "tests/core/followups/test_followups.py::test_dismiss_and_undo",
    "tests/core/followups/test_followups.py::test_due_filters_are_cumulative",
    "tests/core/followups/test_followups.py::test_grouped_overdue_today_week_later",
    "tests/core/followups/test_followups.py::test_items_are_plain_records_with_words",
    "tests/core/followups/test_followups.py::test_next_due_by_contact",
    "tests/core/followups/test_followups.py::test_reschedule_keeps_it_open",
    "tests/core/followups/test_followups.py::test_snooze_choices_and_snooze",
    "tests/core/followups/test_followups.py::test_trashed_and_archived_contacts_leave_the_queue",
    "tests/core/followups/test_followups_export.py::test_followups_table_and_csv",
    "tests/core/followups/test_followups_export.py::test_ics_due_filter",
    "tests/core/followups/test_followups_export.py::test_ics_reads_back_with_the_same_library",
    "tests/core/followups/test_followups_export.py::test_unwritable_path_is_a_clear_error",
    "tests/core/insights/test_insights.py::test_attendance_last_26_weeks_with_running_absences",
    "tests/core/insights/test_insights.py::test_channel_balance_online_in_person_both",
    "tests/core/insights/test_insights.py::test_every_figure_is_one_statement",
    "tests/core/insights/test_insights.py::test_follow_through_on_time_late_dismissed",
    "tests/core/insights/test_insights.py::test_load_dashboard_empty_database",
    "tests/core/insights/test_insights.py::test_presets_relative_to_today",
    "tests/core/insights/test_insights.py::test_referrals_given_and_received_per_month",
    "tests/core/insights/test_insights.py::test_return_on_membership_counts_what_i_closed",
    "tests/core/insights/test_insights.py::test_return_on_membership_distance_when_not_paid_back",
    "tests/core/insights/test_insights.py::test_return_on_membership_without_me_is_empty",
    "tests/core/insights/test_insights.py::test_stage_moves_count_the_recorded_changes_of_the_period",
    "tests/core/insights/test_insights.py::test_trust_funnel_counts",
})


def is_pending(nodeid: str) -> bool:
    return nodeid.split("[", 1)[0] in PENDING


# Tests about the SQLite file itself (its pages, WAL, recovery, encryption, file backups): not run on
# --engine postgres. A path ending in "/" names a folder, else a module or one test.
SQLITE_ONLY: dict[str, str] = {
    "tests/reliability/": "kill, full disk and bad-file start-up of the SQLite file",
    "tests/core/store/test_backup.py": "SQLite online backups of the file",
    "tests/core/store/test_backup_safety.py": "the SQLite backup file's pages",
    "tests/core/store/test_recovery.py": "recovering a damaged SQLite file",
    "tests/core/store/test_encryption.py": "SQLCipher files",
    "tests/core/store/test_db.py": "opening the SQLite file: header, pragmas, WAL, FTS5 steps",
    "tests/cli/test_cli_backup.py": "file backups (a server's backup is an export: tests/core/store/test_copy.py)",
    "tests/views/shell/test_backup_dialogs.py": "file backups and restore dialogs",
    "tests/views/shell/test_app_faults.py": "a damaged, foreign or read-only SQLite file at start-up",
    "tests/views/shell/test_privacy_gui.py": "protecting the SQLite file with a passphrase, and its lock",
    "tests/test_private_modes.py": "file modes of the SQLite file and its companions",
}


def sqlite_only(nodeid: str) -> bool:
    """True for a test listed in SQLITE_ONLY (by folder, module or test)."""
    test = nodeid.split("[", 1)[0]
    module = test.split("::", 1)[0]
    return any(test == key or module == key or (key.endswith("/") and module.startswith(key))
               for key in SQLITE_ONLY)
