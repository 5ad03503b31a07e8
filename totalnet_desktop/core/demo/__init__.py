"""The sample chapter (Dubai Pioneers) and its people, loaded by `totalnet demo` and the welcome screen."""
