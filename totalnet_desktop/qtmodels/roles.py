"""Custom item data roles shared by models and delegates."""

from PySide6.QtCore import Qt

USER = int(Qt.ItemDataRole.UserRole)
ContactIdRole = USER + 1  # int: the contact of a row
ChannelsRole = USER + 2  # tuple[str, ...]: where the relationship lives (contact_search.CHANNEL_ORDER)
RecordRole = USER + 3  # the row's frozen record
