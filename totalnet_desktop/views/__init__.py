"""Widgets and dialogs, built in code. No SQL and no peewee queries here: call core services."""
