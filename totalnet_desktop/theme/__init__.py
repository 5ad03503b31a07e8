"""Colours (Qt-free): see palette.py."""
