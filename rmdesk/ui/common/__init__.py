"""Shared by every screen: the workers, progress, form pieces, dates, labels, language."""
