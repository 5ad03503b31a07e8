"""TotalNet Desktop: offline total networking for chapter members."""

__version__ = "0.1.0"
APP_NAME = "TotalNet"

# Before anything imports peewee: load it without the PostgreSQL/MySQL drivers it probes for (a
# server database loads its driver when it is created). See lean_peewee.py.
from totalnet_desktop.lean_peewee import import_peewee as _import_peewee

_import_peewee()
