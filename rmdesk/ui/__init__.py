"""Every PySide6 import of rmdesk lives in this package (and app.py)."""
