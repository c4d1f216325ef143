"""The phone calendar: export, CalDAV sync, import, the subscription feed."""
