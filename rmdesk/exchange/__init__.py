"""Contacts in and out of the book: vCard, CSV and Excel files, duplicates and merges."""
