"""The chapter: its members, meetings and PALMS attendance, slips (referrals, thank-yous, one-to-ones, CEUs), visitors, reports and meeting-day undo."""
