"""rmdesk: the relationship manager's desk."""

__version__ = "0.1.0"
