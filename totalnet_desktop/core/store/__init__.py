"""The ground floor: the database file, its models, schema steps, search index, backups, recovery, preferences and undo journal. It imports no other core package."""
