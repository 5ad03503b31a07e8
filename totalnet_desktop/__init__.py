"""TotalNet Desktop: offline total networking for chapter members."""

__version__ = "0.1.0"
APP_NAME = "TotalNet"
