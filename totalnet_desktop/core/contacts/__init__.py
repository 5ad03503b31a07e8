"""Contacts: editing, search, merge, duplicates, timelines, interactions, phone numbers and text normalisation."""
