"""Display names for the domain's codes and sentences for its errors, in the UI language.

The strings are written out as literal `translate()` calls so that lupdate finds them;
a test checks that each zh_CN translation of a kind equals the domain's Chinese term.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmdesk.domain import contact as c
from rmdesk.domain.errors import (
    ContactNotFound,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnwritable,
    DiskFull,
    InvalidContact,
    NotADatabase,
    ServerUnavailable,
    StoreError,
)
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    CalendarKind,
    Education,
    FriendKind,
    Gender,
    IncomeBand,
    Kind,
    LeadSource,
    MaritalStatus,
    PhoneLabel,
    Question,
    Stage,
    TieFamily,
    TieKind,
)


def _kind_labels() -> dict[Kind, str]:
    t = QCoreApplication.translate
    return {
        TieFamily.TONG: t("Kinds", "Five shared ties"),
        TieFamily.YUAN: t("Kinds", "Five bonds"),
        TieKind.CLASSMATE: t("Kinds", "Classmate"),
        TieKind.HOMETOWN: t("Kinds", "Same hometown"),
        TieKind.COLLEAGUE: t("Kinds", "Colleague"),
        TieKind.HOBBY: t("Kinds", "Shared hobby"),
        TieKind.NEIGHBOUR: t("Kinds", "Neighbour"),
        TieKind.KINSHIP: t("Kinds", "Kinship"),
        TieKind.LOCALITY: t("Kinds", "Locality"),
        TieKind.PROFESSION: t("Kinds", "Profession"),
        TieKind.FAITH: t("Kinds", "Faith"),
        TieKind.TRADE: t("Kinds", "Shared things"),
        Gender.MALE: t("Kinds", "Male"),
        Gender.FEMALE: t("Kinds", "Female"),
        FriendKind.INFLUENTIAL: t("Kinds", "Influential"),
        FriendKind.WEALTHY: t("Kinds", "Wealthy"),
        FriendKind.WISE: t("Kinds", "Wise"),
        FriendKind.PASSIONATE: t("Kinds", "Passionate"),
        FriendKind.ATTRACTIVE: t("Kinds", "Attractive"),
        LeadSource.PUBLISHED: t("Kinds", "Published sources"),
        LeadSource.HOUND: t("Kinds", "Hound referrer"),
        LeadSource.COLD: t("Kinds", "Cold call or visit"),
        LeadSource.OWN_NETWORK: t("Kinds", "Own network"),
        LeadSource.REFERRAL: t("Kinds", "Client referral"),
        Answer.YES: t("Kinds", "Yes"),
        Answer.NO: t("Kinds", "No"),
        Answer.UNKNOWN: t("Kinds", "Unknown"),
        Question.NEED: t("Kinds", "Has a financial need"),
        Question.AFFORD: t("Kinds", "Can afford to buy"),
        Question.GOOD_CLIENT: t("Kinds", "Meets good-client conditions"),
        Question.AUTHORITY: t("Kinds", "Has authority to decide"),
        Question.VALUE: t("Kinds", "Can create value for the bank"),
        Stage.ATTENTION: t("Kinds", "Attention"),
        Stage.INTEREST: t("Kinds", "Interest"),
        Stage.IMAGINATION: t("Kinds", "Imagination"),
        Stage.DESIRE: t("Kinds", "Desire"),
        Stage.COMPARISON: t("Kinds", "Comparison"),
        Stage.CONVICTION: t("Kinds", "Conviction"),
        Stage.DECISION: t("Kinds", "Decision"),
        Stage.SATISFACTION: t("Kinds", "Satisfaction"),
        Education.PRIMARY: t("Kinds", "Primary school"),
        Education.JUNIOR: t("Kinds", "Junior middle school"),
        Education.SENIOR: t("Kinds", "Senior or vocational school"),
        Education.COLLEGE: t("Kinds", "College"),
        Education.BACHELOR: t("Kinds", "Bachelor"),
        Education.MASTER: t("Kinds", "Master"),
        Education.DOCTOR: t("Kinds", "Doctorate"),
        MaritalStatus.SINGLE: t("Kinds", "Single"),
        MaritalStatus.MARRIED: t("Kinds", "Married"),
        MaritalStatus.DIVORCED: t("Kinds", "Divorced"),
        MaritalStatus.WIDOWED: t("Kinds", "Widowed"),
        IncomeBand.BELOW_100K: t("Kinds", "Below ¥100k"),
        IncomeBand.FROM_100K: t("Kinds", "¥100k–300k"),
        IncomeBand.FROM_300K: t("Kinds", "¥300k–500k"),
        IncomeBand.FROM_500K: t("Kinds", "¥500k–1m"),
        IncomeBand.FROM_1M: t("Kinds", "¥1m–3m"),
        IncomeBand.ABOVE_3M: t("Kinds", "Above ¥3m"),
        PhoneLabel.MOBILE: t("Kinds", "Mobile"),
        PhoneLabel.WORK: t("Kinds", "Work"),
        PhoneLabel.HOME: t("Kinds", "Home"),
        PhoneLabel.FAX: t("Kinds", "Fax"),
        PhoneLabel.OTHER: t("Kinds", "Other"),
        AddressKind.HOME: t("Kinds", "Home"),
        AddressKind.WORK: t("Kinds", "Work"),
        CalendarKind.SOLAR: t("Kinds", "Solar"),
        CalendarKind.LUNAR: t("Kinds", "Lunar"),
    }


def label(kind: Kind) -> str:
    """The name of a code in the current interface language."""
    return _kind_labels()[kind]


def all_kinds() -> list[Kind]:
    return list(_kind_labels())


def problem_text(code: str) -> str:
    """The sentence shown beside a field that failed validation."""
    t = QCoreApplication.translate
    texts = {
        c.REQUIRED: t("Problems", "Required."),
        c.BAD_PHONE: t("Problems", "Not a phone number: use 11 digits for a mobile, "
                                   "or the area code and number for a landline."),
        c.BAD_DATE: t("Problems", "This date does not exist."),
        c.BAD_LUNAR_DATE: t("Problems", "A lunar date has a month from 1 to 12 and a day "
                                        "from 1 to 30."),
        c.BAD_LATITUDE: t("Problems", "Latitude is between -90 and 90."),
        c.BAD_LONGITUDE: t("Problems", "Longitude is between -180 and 180."),
        c.HALF_COORDINATES: t("Problems", "Give both latitude and longitude, or neither."),
        c.SELF_INTRODUCED: t("Problems", "A contact cannot introduce themselves."),
        c.TOO_LONG: t("Problems", "Too long."),
    }
    return texts.get(code, code)


def error_text(error: BaseException) -> str:
    """What happened and what to do next, for a dialog."""
    t = QCoreApplication.translate
    where = getattr(error, "location", "")
    if isinstance(error, DatabaseLocked):
        return t("Errors", "The database {0} is in use by another program. Close the other "
                           "program (or the other rmdesk window) and try again.").format(where)
    if isinstance(error, DatabaseUnwritable):
        return t("Errors", "rmdesk cannot write to the database {0} ({1}). Check the file "
                           "and folder permissions, or choose another file.").format(
            where, error.detail)
    if isinstance(error, NotADatabase):
        return t("Errors", "{0} is not an rmdesk database. Choose the right file; this "
                           "one was not changed.").format(where)
    if isinstance(error, DatabaseCorrupt):
        return t("Errors", "The database {0} is damaged. Restore it from a backup (rmdesk "
                           "keeps a copy beside it before each upgrade). The file was not "
                           "changed.").format(where)
    if isinstance(error, DatabaseTooNew):
        return t("Errors", "The database {0} was written by a newer version of rmdesk. "
                           "Install the newer rmdesk to open it.").format(where)
    if isinstance(error, DiskFull):
        return t("Errors", "The disk holding {0} is full. Free some space and try again; "
                           "nothing was saved.").format(where)
    if isinstance(error, ServerUnavailable):
        return t("Errors", "Cannot reach the database server {0}. Check the address, the "
                           "password and the network, then try again.").format(where)
    if isinstance(error, StoreError):
        return t("Errors", "The database {0} cannot be used: {1}").format(where, error.detail)
    if isinstance(error, ContactNotFound):
        return t("Errors", "That contact no longer exists; it may have been deleted.")
    if isinstance(error, InvalidContact):
        return t("Errors", "Some fields are not valid; they are marked in the form.")
    return t("Errors", "Something went wrong: {0}").format(str(error))
