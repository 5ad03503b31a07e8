"""The main window and what every screen shares: welcome, preferences, backup and recovery dialogs, shortcuts, widgets."""
