"""The Meeting day screen: check-in roster, slips, history, report, chapter set-up."""
