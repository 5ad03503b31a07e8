"""Import history: the member's own LinkedIn, WhatsApp, calendar and mail files read into touches.

One module per source turns a file into ``Touch`` records (one per conversation, day and person);
``matching`` finds the contact of each, ``storing`` writes them (idempotent by origin key, one
``history_import`` row per file so an import can be undone), ``review`` handles the people who
matched nobody, and ``runner`` drives a whole import. Nothing is extracted to disk.
"""
