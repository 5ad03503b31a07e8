"""The Follow-ups screen and its dialogs."""
