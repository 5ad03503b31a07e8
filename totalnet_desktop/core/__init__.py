"""The domain layer: no Qt import anywhere below this package."""
