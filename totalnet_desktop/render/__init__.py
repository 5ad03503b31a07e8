"""Rendering that the GUI and the CLI share (Qt GUI classes, no widgets): the PALMS report PDF."""
