"""Errors the user can cause, typed so that each interface can say what to do next.

Each error has a stable `code`; the GUI translates it, the CLI prints `str(error)`.
"""

from __future__ import annotations


class RmdeskError(Exception):
    """Base of every error rmdesk reports to its user."""

    code = "error"


class StoreError(RmdeskError):
    """The database cannot be used as asked. Nothing was changed."""

    code = "store"

    def __init__(self, location: str, detail: str = "") -> None:
        self.location = location
        self.detail = detail
        super().__init__(self.explain())

    def explain(self) -> str:
        return f"cannot use the database {self.location}: {self.detail}"


class DatabaseLocked(StoreError):
    code = "locked"

    def explain(self) -> str:
        return (
            f"the database {self.location} is locked by another program; "
            "close the other program (or the other rmdesk window) and try again"
        )


class DatabaseUnwritable(StoreError):
    code = "unwritable"

    def explain(self) -> str:
        return (
            f"the database {self.location} cannot be written ({self.detail}); "
            "check the file and folder permissions, or choose another file with --db"
        )


class NotADatabase(StoreError):
    code = "not_a_database"

    def explain(self) -> str:
        return (
            f"{self.location} is not an rmdesk database; "
            "choose the right file with --db (the file was not changed)"
        )


class BookEncrypted(StoreError):
    """The book is encrypted (or is no SQLite file at all) and no passphrase was given."""

    code = "encrypted"

    def explain(self) -> str:
        return (
            f"the book {self.location} is encrypted (or is not a database): give its "
            "passphrase with --passphrase-stdin or RMDESK_PASSPHRASE, or keep it in the "
            "keyring (the file was not changed)"
        )


class WrongPassphrase(StoreError):
    """The passphrase does not open the book. Nothing was changed."""

    code = "wrong_passphrase"

    def explain(self) -> str:
        return (
            f"the passphrase does not open the book {self.location} (or the file is not "
            "an rmdesk book); try again — the file was not changed"
        )


class DatabaseCorrupt(StoreError):
    code = "corrupt"

    def explain(self) -> str:
        return (
            f"the database {self.location} is damaged ({self.detail}); "
            "restore it from a backup (rmdesk keeps one beside it before each upgrade); "
            "the file was not changed"
        )


class DatabaseTooNew(StoreError):
    code = "too_new"

    def explain(self) -> str:
        return (
            f"the database {self.location} was written by a newer rmdesk "
            f"(schema {self.detail}); install the newer rmdesk to open it"
        )


class DiskFull(StoreError):
    code = "disk_full"

    def explain(self) -> str:
        return (
            f"the disk holding {self.location} is full; free some space and try again "
            "(nothing was saved)"
        )


class ServerUnavailable(StoreError):
    code = "server"

    def explain(self) -> str:
        return (
            f"cannot reach the database server {self.location} ({self.detail}); "
            "check the address, the password and the network, then try again"
        )


class ServerNotTrusted(StoreError):
    """TLS with sslmode=verify-full (or verify-ca): the server's certificate does not
    chain to the root given, or names another host. Nothing was sent."""

    code = "server_not_trusted"

    def explain(self) -> str:
        return (
            f"the database server {self.location} did not prove to be the server the "
            f"address names ({self.detail}); give your bank's root certificate as "
            "sslrootcert=PATH in the address, or ask the team's administrator"
        )


class FolderMissing(StoreError):
    """A book was asked for in a folder that does not exist: most likely a mistyped path.
    rmdesk makes no folders but its own; nothing was created."""

    code = "folder_missing"

    def explain(self) -> str:
        return (
            f"there is no folder {self.detail} for the book {self.location}; check the path "
            "(rmdesk creates a new book only in an existing folder); nothing was created"
        )


class DriverMissing(StoreError):
    """The URL names a database driver that is not installed (or not known at all)."""

    code = "driver_missing"

    def explain(self) -> str:
        return (
            f"cannot open {self.location}: {self.detail}; rmdesk works with a file (SQLite) "
            "or postgresql+psycopg://user@host/db (install the driver with "
            "pip install 'psycopg[binary]')"
        )


class InvalidFields(RmdeskError):
    """A record failed validation; `errors` maps each field to a problem code, shown
    beside the field. Each kind of record has its own subclass."""

    record = "record"

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(
            f"invalid {self.record}: " + "; ".join(f"{f}: {c}" for f, c in sorted(errors.items()))
        )


class InvalidContact(InvalidFields):
    """A contact failed validation."""

    code = "invalid_contact"
    record = "contact"


class InvalidProfile(InvalidFields):
    """The RM's own details failed validation."""

    code = "invalid_profile"
    record = "details"


class InvalidActivity(InvalidFields):
    """A call or visit log failed validation."""

    code = "invalid_activity"
    record = "log"


class ObjectionNotFound(RmdeskError):
    """No objection with this id (removed with its visit log or its contact)."""

    code = "objection_not_found"

    def __init__(self, objection_id: int) -> None:
        self.objection_id = objection_id
        super().__init__(f"no objection with id {objection_id}")


class FollowUpNotFound(RmdeskError):
    """No follow-up with this id (removed with its contact)."""

    code = "follow_up_not_found"

    def __init__(self, follow_up_id: int) -> None:
        self.follow_up_id = follow_up_id
        super().__init__(f"no follow-up with id {follow_up_id}")


class LogNotFound(RmdeskError):
    """No visit or call log with this id (removed with its contact)."""

    code = "log_not_found"

    def __init__(self, log_id: int) -> None:
        self.log_id = log_id
        super().__init__(f"no visit or call log with id {log_id}")


class ContactNotFound(RmdeskError):
    code = "not_found"

    def __init__(self, contact_id: int) -> None:
        self.contact_id = contact_id
        super().__init__(f"no contact with id {contact_id}")


class NoLocation(RmdeskError):
    """A contact has no address with coordinates, so distances cannot be measured."""

    code = "no_location"

    def __init__(self, contact_id: int, name: str) -> None:
        self.contact_id = contact_id
        self.name = name
        super().__init__(
            f"{name} has no address with coordinates yet; add latitude and longitude to an "
            "address to see who is near"
        )


class InvalidVisit(InvalidFields):
    """A visit plan failed validation."""

    code = "invalid_visit"
    record = "visit plan"


class VisitNotFound(RmdeskError):
    code = "visit_not_found"

    def __init__(self, visit_id: int) -> None:
        self.visit_id = visit_id
        super().__init__(f"no visit plan with id {visit_id}")


class BranchNotSet(RmdeskError):
    """The day planner needs the branch's location to start and end the day."""

    code = "branch_not_set"

    def __init__(self) -> None:
        super().__init__(
            "the branch has no location yet; set its address and coordinates in the "
            "planning settings (or run `rmdesk branch --lat .. --lon ..`)"
        )


class InvalidDossier(InvalidFields):
    """A dossier failed validation."""

    code = "invalid_dossier"
    record = "dossier"


class EditConflict(RmdeskError):
    """Someone else saved the record since this copy was read; nothing was saved.

    `mine` is what this save wanted to write, `theirs` what the book holds now (None if
    they deleted it): the user compares them and chooses, field by field.
    """

    code = "edit_conflict"

    def __init__(self, what: str, key: object, mine: object, theirs: object | None) -> None:
        self.what = what  # "contact", "dossier", "company", "industry", "visit"
        self.key = key
        self.mine = mine
        self.theirs = theirs
        done = "deleted" if theirs is None else "changed"
        super().__init__(
            f"the {what} {key} was {done} by someone else since you opened it; nothing was "
            "saved: compare both versions and choose what to keep"
        )


class SearchTooLong(RmdeskError):
    """A search longer than any name, number or note it could be meant to find."""

    code = "search_too_long"
    limit = 200

    def __init__(self, length: int) -> None:
        self.length = length
        super().__init__(
            f"a search of {length} characters is too long; search for at most "
            f"{self.limit} characters (a name, a number or a few words)"
        )


class NotYourClient(RmdeskError):
    """Team mode: a client is shared only by its own RM (or a manager). Nothing was
    shared."""

    code = "not_your_client"
