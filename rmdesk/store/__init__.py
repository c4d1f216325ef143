"""Where the book is kept: SQLAlchemy models, opening and migrating a database, backups."""
