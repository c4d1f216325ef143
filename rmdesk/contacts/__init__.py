"""The contact book: queries, search, the trash."""
