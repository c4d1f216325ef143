"""Contacts in and out: the import and export dialogs."""
