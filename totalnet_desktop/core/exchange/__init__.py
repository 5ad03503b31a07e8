"""Import and export formats: CSV reading and writing, format presets, vCard, the importer."""
