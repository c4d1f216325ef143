"""What happened and what to do next, for a dialog: the user's words for every error
rmdesk reports (the CLI prints the errors' own one-line explanations)."""

from __future__ import annotations

from rmdesk.domain.backups import BackupFailed
from rmdesk.domain.errors import (
    BranchNotSet,
    ContactNotFound,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnwritable,
    DiskFull,
    EditConflict,
    FollowUpNotFound,
    InvalidFields,
    LogNotFound,
    NoLocation,
    NotADatabase,
    NotYourClient,
    ObjectionNotFound,
    ServerNotTrusted,
    ServerUnavailable,
    StoreError,
    VisitNotFound,
)
from rmdesk.domain.keeping import GiftOverLimit
from rmdesk.i18n import translate
from rmdesk.labels import gift_limit_text


def error_text(error: BaseException) -> str:
    """What happened and what to do next, for a dialog."""
    where = getattr(error, "location", "")
    if isinstance(error, DatabaseLocked):
        return translate(
            "Errors",
            "The database {0} is in use by another program. Close the other "
            "program (or the other rmdesk window) and try again.",
        ).format(where)
    if isinstance(error, DatabaseUnwritable):
        return translate(
            "Errors",
            "rmdesk cannot write to the database {0} ({1}). Check the file "
            "and folder permissions, or choose another file.",
        ).format(where, error.detail)
    if isinstance(error, NotADatabase):
        return translate(
            "Errors",
            "{0} is not an rmdesk database. Choose the right file; this one was not changed.",
        ).format(where)
    if isinstance(error, DatabaseCorrupt):
        return translate(
            "Errors",
            "The database {0} is damaged. Restore it from a backup (rmdesk "
            "keeps a copy beside it before each upgrade). The file was not "
            "changed.",
        ).format(where)
    if isinstance(error, DatabaseTooNew):
        return translate(
            "Errors",
            "The database {0} was written by a newer version of rmdesk. "
            "Install the newer rmdesk to open it.",
        ).format(where)
    if isinstance(error, DiskFull):
        return translate(
            "Errors",
            "The disk holding {0} is full. Free some space and try again; nothing was saved.",
        ).format(where)
    if isinstance(error, NotYourClient):
        return translate(
            "Errors",
            "Only a client's own RM (or the branch manager) can share it. Nothing was shared.",
        )
    if isinstance(error, ServerNotTrusted):
        return translate(
            "Errors",
            "The database server {0} did not prove to be the server its address names "
            "(its certificate was refused). Give your bank's root certificate as "
            "sslrootcert=PATH in the address, or ask the team's administrator.",
        ).format(where)
    if isinstance(error, ServerUnavailable):
        return translate(
            "Errors",
            "Cannot reach the database server {0}. Check the address, the "
            "password and the network, then try again.",
        ).format(where)
    if isinstance(error, StoreError):
        return translate("Errors", "The database {0} cannot be used: {1}").format(
            where, error.detail
        )
    if isinstance(error, ContactNotFound):
        return translate("Errors", "That contact no longer exists; it may have been deleted.")
    if isinstance(error, NoLocation):
        return translate(
            "Errors",
            "{0} has no address with coordinates yet. Add latitude and longitude to an "
            "address (Edit contact) to see who is near.",
        ).format(error.name)
    from rmdesk.agenda.caldav_sync import PasswordInAddress, SyncFailed
    from rmdesk.agenda.import_ics import BadCalendarFile
    from rmdesk.planning.travel import TravelUnavailable

    if isinstance(error, SyncFailed):
        texts = {
            "unreachable": translate(
                "Errors",
                "Cannot reach the calendar server {0}. Check the address and the network, "
                "then sync again. Nothing was changed here.",
            ),
            "password": translate(
                "Errors",
                "The calendar server {0} refused the user name or password. Enter them again.",
            ),
            "certificate": translate(
                "Errors",
                "The certificate of {0} is not trusted. Check the address, or ask whoever "
                "runs the server.",
            ),
            "calendar_gone": translate(
                "Errors",
                "The calendar was deleted on {0} during the sync. Sync again to create it anew.",
            ),
            "no_keyring": translate(
                "Errors",
                "This system has no keyring to keep the password of {0}. Enter it for each sync.",
            ),
        }
        text = texts.get(error.reason)
        if text is None:
            return translate(
                "Errors", "The calendar server {0} answered with an error: {1}"
            ).format(error.url, error.detail)
        return text.format(error.url)
    from rmdesk.planning.geocode import GeocoderFailed

    if isinstance(error, GeocoderFailed):
        texts = {
            "unreachable": translate(
                "Errors", "The geocoder cannot be reached ({0}). Check the network."
            ),
            "key": translate("Errors", "The geocoder refused the key ({0}). Check it in Settings."),
        }
        return texts.get(
            error.reason,
            translate("Errors", "The geocoder's answer cannot be read ({0})."),
        ).format(error.detail)
    if isinstance(error, PasswordInAddress):
        return translate(
            "Errors",
            "The server address holds a password. Enter the address without it ({0}) and "
            "the password in its own field: rmdesk keeps it in the system keyring, never "
            "in the book.",
        ).format(error.url)
    if isinstance(error, BadCalendarFile):
        return translate(
            "Errors", "This is not a calendar file rmdesk can read: {0}. Nothing was changed."
        ).format(error.detail)
    if isinstance(error, OSError):
        return translate(
            "Errors",
            "The file could not be written or read: {0}. Check the folder, the permissions "
            "and the free space.",
        ).format(error.strerror or str(error))
    if isinstance(error, BranchNotSet):
        return translate(
            "Errors",
            "The branch has no location yet, so the day cannot start anywhere. Set it in "
            "Planning → Branch and working day.",
        )
    if isinstance(error, TravelUnavailable):
        return translate(
            "Errors",
            "The routing server {0} did not answer ({1}). Check its address in Planning → "
            "Branch and working day, or clear it to plan with straight-line distances.",
        ).format(error.url, error.detail)
    if isinstance(error, ObjectionNotFound):
        return translate(
            "Errors", "That objection no longer exists; its visit may have been deleted."
        )
    if isinstance(error, GiftOverLimit):
        return gift_limit_text(error)
    if isinstance(error, BackupFailed):
        return translate(
            "Errors",
            "The backup {0} could not be used: {1}. Nothing was changed; check the disk "
            "space and the file, or choose another backup.",
        ).format(error.path, error.detail)
    if isinstance(error, FollowUpNotFound):
        return translate(
            "Errors", "That follow-up no longer exists; its client may have been deleted."
        )
    if isinstance(error, LogNotFound):
        return translate(
            "Errors", "That visit or call log no longer exists; its client may have been deleted."
        )
    if isinstance(error, VisitNotFound):
        return translate("Errors", "That visit plan no longer exists; it may have been deleted.")
    if isinstance(error, InvalidFields):
        return translate("Errors", "Some fields are not valid; they are marked in the form.")
    if isinstance(error, EditConflict):
        if error.theirs is None:
            return translate(
                "Errors",
                "Someone else deleted this record while you had it open. Nothing was saved.",
            )
        return translate(
            "Errors",
            "Someone else saved this record while you had it open. Nothing was saved: "
            "compare both versions and choose what to keep.",
        )
    return translate("Errors", "Something went wrong: {0}").format(str(error))
