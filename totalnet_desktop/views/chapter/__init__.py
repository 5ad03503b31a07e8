"""The Chapter screen (Ctrl+5): leadership tools."""
