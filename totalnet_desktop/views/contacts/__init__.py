"""The Contacts screen: table, detail pane, editor, merge and bulk actions."""
