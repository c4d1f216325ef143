"""Display names for the domain's codes and sentences for its errors, in the UI language.

The strings are written out as literal `translate()` calls so that lupdate finds them;
a test checks that each zh_CN translation of a kind equals the domain's Chinese term.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmdesk.domain import contact as c
from rmdesk.domain.errors import (
    BranchNotSet,
    ContactNotFound,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnwritable,
    DiskFull,
    EditConflict,
    InvalidContact,
    InvalidDossier,
    InvalidVisit,
    NoLocation,
    NotADatabase,
    ServerUnavailable,
    StoreError,
    VisitNotFound,
)
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    Audience,
    CalendarKind,
    Circle,
    Cuisine,
    Education,
    Formality,
    FriendKind,
    Gender,
    IncomeBand,
    Introduction,
    Kind,
    LeadSource,
    LifeCycle,
    MaritalStatus,
    Material,
    PhoneLabel,
    Question,
    Relationship,
    Role,
    Setting,
    Smoking,
    Stage,
    Style,
    TieFamily,
    TieKind,
    VisitPurpose,
    VisitStatus,
)


def _kind_labels() -> list[tuple[Kind, str]]:
    # A list, not a dict: kinds are str enums, so PhoneLabel.HOME == AddressKind.HOME.
    return [
        (TieFamily.TONG, QCoreApplication.translate("Kinds", "Five shared ties")),
        (TieFamily.YUAN, QCoreApplication.translate("Kinds", "Five bonds")),
        (TieKind.CLASSMATE, QCoreApplication.translate("Kinds", "Classmate")),
        (TieKind.HOMETOWN, QCoreApplication.translate("Kinds", "Same hometown")),
        (TieKind.COLLEAGUE, QCoreApplication.translate("Kinds", "Colleague")),
        (TieKind.HOBBY, QCoreApplication.translate("Kinds", "Shared hobby")),
        (TieKind.NEIGHBOUR, QCoreApplication.translate("Kinds", "Neighbour")),
        (TieKind.KINSHIP, QCoreApplication.translate("Kinds", "Kinship")),
        (TieKind.LOCALITY, QCoreApplication.translate("Kinds", "Locality")),
        (TieKind.PROFESSION, QCoreApplication.translate("Kinds", "Profession")),
        (TieKind.FAITH, QCoreApplication.translate("Kinds", "Faith")),
        (TieKind.TRADE, QCoreApplication.translate("Kinds", "Shared things")),
        (Gender.MALE, QCoreApplication.translate("Kinds", "Male")),
        (Gender.FEMALE, QCoreApplication.translate("Kinds", "Female")),
        (FriendKind.INFLUENTIAL, QCoreApplication.translate("Kinds", "Influential")),
        (FriendKind.WEALTHY, QCoreApplication.translate("Kinds", "Wealthy")),
        (FriendKind.WISE, QCoreApplication.translate("Kinds", "Wise")),
        (FriendKind.PASSIONATE, QCoreApplication.translate("Kinds", "Passionate")),
        (FriendKind.ATTRACTIVE, QCoreApplication.translate("Kinds", "Attractive")),
        (LeadSource.PUBLISHED, QCoreApplication.translate("Kinds", "Published sources")),
        (LeadSource.HOUND, QCoreApplication.translate("Kinds", "Hound referrer")),
        (LeadSource.COLD, QCoreApplication.translate("Kinds", "Cold call or visit")),
        (LeadSource.OWN_NETWORK, QCoreApplication.translate("Kinds", "Own network")),
        (LeadSource.REFERRAL, QCoreApplication.translate("Kinds", "Client referral")),
        (Answer.YES, QCoreApplication.translate("Kinds", "Yes")),
        (Answer.NO, QCoreApplication.translate("Kinds", "No")),
        (Answer.UNKNOWN, QCoreApplication.translate("Kinds", "Unknown")),
        (Question.NEED, QCoreApplication.translate("Kinds", "Has a financial need")),
        (Question.AFFORD, QCoreApplication.translate("Kinds", "Can afford to buy")),
        (Question.GOOD_CLIENT, QCoreApplication.translate("Kinds", "Meets good-client conditions")),
        (Question.AUTHORITY, QCoreApplication.translate("Kinds", "Has authority to decide")),
        (Question.VALUE, QCoreApplication.translate("Kinds", "Can create value for the bank")),
        (Stage.ATTENTION, QCoreApplication.translate("Kinds", "Attention")),
        (Stage.INTEREST, QCoreApplication.translate("Kinds", "Interest")),
        (Stage.IMAGINATION, QCoreApplication.translate("Kinds", "Imagination")),
        (Stage.DESIRE, QCoreApplication.translate("Kinds", "Desire")),
        (Stage.COMPARISON, QCoreApplication.translate("Kinds", "Comparison")),
        (Stage.CONVICTION, QCoreApplication.translate("Kinds", "Conviction")),
        (Stage.DECISION, QCoreApplication.translate("Kinds", "Decision")),
        (Stage.SATISFACTION, QCoreApplication.translate("Kinds", "Satisfaction")),
        (Education.PRIMARY, QCoreApplication.translate("Kinds", "Primary school")),
        (Education.JUNIOR, QCoreApplication.translate("Kinds", "Junior middle school")),
        (Education.SENIOR, QCoreApplication.translate("Kinds", "Senior or vocational school")),
        (Education.COLLEGE, QCoreApplication.translate("Kinds", "College")),
        (Education.BACHELOR, QCoreApplication.translate("Kinds", "Bachelor")),
        (Education.MASTER, QCoreApplication.translate("Kinds", "Master")),
        (Education.DOCTOR, QCoreApplication.translate("Kinds", "Doctorate")),
        (MaritalStatus.SINGLE, QCoreApplication.translate("Kinds", "Single")),
        (MaritalStatus.MARRIED, QCoreApplication.translate("Kinds", "Married")),
        (MaritalStatus.DIVORCED, QCoreApplication.translate("Kinds", "Divorced")),
        (MaritalStatus.WIDOWED, QCoreApplication.translate("Kinds", "Widowed")),
        (IncomeBand.BELOW_100K, QCoreApplication.translate("Kinds", "Below ¥100k")),
        (IncomeBand.FROM_100K, QCoreApplication.translate("Kinds", "¥100k–300k")),
        (IncomeBand.FROM_300K, QCoreApplication.translate("Kinds", "¥300k–500k")),
        (IncomeBand.FROM_500K, QCoreApplication.translate("Kinds", "¥500k–1m")),
        (IncomeBand.FROM_1M, QCoreApplication.translate("Kinds", "¥1m–3m")),
        (IncomeBand.ABOVE_3M, QCoreApplication.translate("Kinds", "Above ¥3m")),
        (PhoneLabel.MOBILE, QCoreApplication.translate("Kinds", "Mobile")),
        (PhoneLabel.WORK, QCoreApplication.translate("Kinds", "Work", "phone")),
        (PhoneLabel.HOME, QCoreApplication.translate("Kinds", "Home", "phone")),
        (PhoneLabel.FAX, QCoreApplication.translate("Kinds", "Fax")),
        (PhoneLabel.OTHER, QCoreApplication.translate("Kinds", "Other")),
        (AddressKind.HOME, QCoreApplication.translate("Kinds", "Home", "address")),
        (AddressKind.WORK, QCoreApplication.translate("Kinds", "Work", "address")),
        (CalendarKind.SOLAR, QCoreApplication.translate("Kinds", "Solar")),
        (CalendarKind.LUNAR, QCoreApplication.translate("Kinds", "Lunar")),
        (VisitPurpose.RELATIONSHIP, QCoreApplication.translate("Kinds", "Build the relationship")),
        (VisitPurpose.NEEDS, QCoreApplication.translate("Kinds", "Learn needs")),
        (VisitPurpose.INTELLIGENCE, QCoreApplication.translate("Kinds", "Gather intelligence")),
        (VisitPurpose.PRODUCT, QCoreApplication.translate("Kinds", "Introduce a product")),
        (VisitPurpose.DEEPEN, QCoreApplication.translate("Kinds", "Deepen understanding")),
        (VisitPurpose.SOCIAL, QCoreApplication.translate("Kinds", "Social / PR contact")),
        (VisitPurpose.CLOSE, QCoreApplication.translate("Kinds", "Close")),
        (VisitStatus.PROPOSED, QCoreApplication.translate("Kinds", "Proposed")),
        (VisitStatus.BOOKED, QCoreApplication.translate("Kinds", "Booked")),
        (VisitStatus.DONE, QCoreApplication.translate("Kinds", "Done")),
        (VisitStatus.CANCELLED, QCoreApplication.translate("Kinds", "Cancelled")),
        (Formality.FORMAL, QCoreApplication.translate("Kinds", "Formal")),
        (Formality.INFORMAL, QCoreApplication.translate("Kinds", "Informal")),
        (Setting.PUBLIC, QCoreApplication.translate("Kinds", "Public")),
        (Setting.PRIVATE, QCoreApplication.translate("Kinds", "Private")),
        (Audience.GROUP, QCoreApplication.translate("Kinds", "Group")),
        (Audience.ONE_TO_ONE, QCoreApplication.translate("Kinds", "One-to-one")),
        (Material.BROCHURES, QCoreApplication.translate("Kinds", "Product brochures")),
        (Material.CARDS, QCoreApplication.translate("Kinds", "Business cards")),
        (Material.CALCULATOR, QCoreApplication.translate("Kinds", "Calculator")),
        (Material.GIFTS, QCoreApplication.translate("Kinds", "Gifts / promotional items")),
        (Material.DOCUMENTS, QCoreApplication.translate("Kinds", "Documents")),
        (Material.LETTER, QCoreApplication.translate("Kinds", "Introduction letter")),
        (Style.STEADY, QCoreApplication.translate("Kinds", "Experienced and steady")),
        (Style.CAUTIOUS, QCoreApplication.translate("Kinds", "Cautious")),
        (Style.INEXPERIENCED, QCoreApplication.translate("Kinds", "Inexperienced")),
        (Style.HAGGLER, QCoreApplication.translate("Kinds", "Haggler")),
        (Style.SHOW_OFF, QCoreApplication.translate("Kinds", "Show-off")),
        (Circle.RELATIVE, QCoreApplication.translate("Kinds", "Relative")),
        (Circle.FRIEND, QCoreApplication.translate("Kinds", "Friend")),
        (Circle.NEIGHBOUR, QCoreApplication.translate("Kinds", "Neighbour", "person")),
        (Smoking.NO, QCoreApplication.translate("Kinds", "Non-smoker")),
        (Smoking.SOMETIMES, QCoreApplication.translate("Kinds", "Smokes sometimes")),
        (Smoking.YES, QCoreApplication.translate("Kinds", "Smoker")),
        (Cuisine.SICHUAN, QCoreApplication.translate("Kinds", "Sichuan")),
        (Cuisine.CANTONESE, QCoreApplication.translate("Kinds", "Cantonese")),
        (Cuisine.SHANDONG, QCoreApplication.translate("Kinds", "Shandong")),
        (Cuisine.HUNAN, QCoreApplication.translate("Kinds", "Hunan")),
        (Cuisine.ZHEJIANG, QCoreApplication.translate("Kinds", "Zhejiang")),
        (Cuisine.JIANGSU, QCoreApplication.translate("Kinds", "Jiangsu")),
        (Cuisine.FUJIAN, QCoreApplication.translate("Kinds", "Fujian")),
        (Cuisine.ANHUI, QCoreApplication.translate("Kinds", "Anhui")),
        (Cuisine.SEAFOOD, QCoreApplication.translate("Kinds", "Seafood")),
        (Cuisine.WESTERN, QCoreApplication.translate("Kinds", "Western")),
        (Cuisine.VEGETARIAN, QCoreApplication.translate("Kinds", "Vegetarian")),
        (Relationship.COLD, QCoreApplication.translate("Kinds", "Cold")),
        (Relationship.NEUTRAL, QCoreApplication.translate("Kinds", "Neutral")),
        (Relationship.GOOD, QCoreApplication.translate("Kinds", "Good")),
        (Relationship.CLOSE, QCoreApplication.translate("Kinds", "Close", "relationship")),
        (Introduction.INTRODUCED, QCoreApplication.translate("Kinds", "Introduced")),
        (Introduction.MET, QCoreApplication.translate("Kinds", "Met")),
        (Introduction.CLIENT, QCoreApplication.translate("Kinds", "Became a client")),
        (Introduction.DECLINED, QCoreApplication.translate("Kinds", "Declined")),
        (Role.LEGAL_PERSON, QCoreApplication.translate("Kinds", "Legal person")),
        (Role.DECISION_MAKER, QCoreApplication.translate("Kinds", "Decision maker")),
        (Role.FINANCE_HEAD, QCoreApplication.translate("Kinds", "Finance head")),
        (Role.SHAREHOLDER, QCoreApplication.translate("Kinds", "Shareholder")),
        (Role.MANAGER, QCoreApplication.translate("Kinds", "Manager")),
        (Role.STAFF, QCoreApplication.translate("Kinds", "Staff")),
        (LifeCycle.INTRODUCTION, QCoreApplication.translate("Kinds", "Introduction", "life cycle")),
        (LifeCycle.GROWTH, QCoreApplication.translate("Kinds", "Growth")),
        (LifeCycle.MATURITY, QCoreApplication.translate("Kinds", "Maturity")),
        (LifeCycle.DECLINE, QCoreApplication.translate("Kinds", "Decline")),
    ]


def label(kind: Kind) -> str:
    """The name of a code in the current interface language."""
    for known, text in _kind_labels():
        if known is kind:
            return text
    raise KeyError(kind)


def all_kind_labels() -> list[tuple[Kind, str]]:
    """Every code with its display name (for tests and pickers)."""
    return _kind_labels()


def approach_text(style: Style) -> str:
    """The recommended approach for a communication style (DOMAIN.md step 3)."""
    texts = {
        Style.STEADY: QCoreApplication.translate(
            "Styles", "Be more expert than them; use evidence."
        ),
        Style.CAUTIOUS: QCoreApplication.translate(
            "Styles", "Small talk and patience; build trust slowly."
        ),
        Style.INEXPERIENCED: QCoreApplication.translate(
            "Styles", "Plain language and proof; no pressure."
        ),
        Style.HAGGLER: QCoreApplication.translate(
            "Styles", "Stay firm, concede little; go as two RMs."
        ),
        Style.SHOW_OFF: QCoreApplication.translate(
            "Styles", "Listen and praise; present the product as status."
        ),
    }
    return texts[style]


def holiday_name(name: str) -> str:
    """An official holiday's name (as chinese_calendar gives it, in English) in the UI
    language: the Chinese interface says 国庆节, not National Day."""
    texts = {
        "New Year's Day": QCoreApplication.translate("Holidays", "New Year's Day"),
        "Spring Festival": QCoreApplication.translate("Holidays", "Spring Festival"),
        "Tomb-sweeping Day": QCoreApplication.translate("Holidays", "Tomb-sweeping Day"),
        "Labour Day": QCoreApplication.translate("Holidays", "Labour Day"),
        "Dragon Boat Festival": QCoreApplication.translate("Holidays", "Dragon Boat Festival"),
        "National Day": QCoreApplication.translate("Holidays", "National Day"),
        "Mid-autumn Festival": QCoreApplication.translate("Holidays", "Mid-autumn Festival"),
        "Anti-Fascist 70th Day": QCoreApplication.translate(
            "Holidays", "Anti-Fascist War Victory Day"
        ),
    }
    return texts.get(name, name)


def section_name(section: str) -> str:
    """The name of a dossier section (domain.dossier.SECTIONS)."""
    texts = {
        "basic": QCoreApplication.translate("Sections", "Basic"),
        "education": QCoreApplication.translate("Sections", "Education"),
        "family": QCoreApplication.translate("Sections", "Family"),
        "people": QCoreApplication.translate("Sections", "People"),
        "career": QCoreApplication.translate("Sections", "Career"),
        "life": QCoreApplication.translate("Sections", "Life"),
        "character": QCoreApplication.translate("Sections", "Character"),
        "experience": QCoreApplication.translate("Sections", "Experience"),
        "attitude": QCoreApplication.translate("Sections", "Attitude to us"),
        "other": QCoreApplication.translate("Sections", "Other"),
    }
    return texts.get(section, section)


def problem_text(code: str) -> str:
    """The sentence shown beside a field that failed validation."""
    # Imported here: start-up shows no form, and each module costs milliseconds.
    from rmdesk.domain import idcard
    from rmdesk.domain import visit as v
    from rmdesk.domain.dossier import TOO_BIG
    from rmdesk.domain.text import CONTROL_CHARACTERS

    texts = {
        c.REQUIRED: QCoreApplication.translate("Problems", "Required."),
        c.BAD_PHONE: QCoreApplication.translate(
            "Problems",
            "Not a phone number: use 11 digits for a mobile, "
            "or the area code and number for a landline.",
        ),
        c.BAD_DATE: QCoreApplication.translate("Problems", "This date does not exist."),
        c.BAD_LUNAR_DATE: QCoreApplication.translate(
            "Problems", "A lunar date has a month from 1 to 12 and a day from 1 to 30."
        ),
        c.BAD_LATITUDE: QCoreApplication.translate("Problems", "Latitude is between -90 and 90."),
        c.BAD_LONGITUDE: QCoreApplication.translate(
            "Problems", "Longitude is between -180 and 180."
        ),
        c.HALF_COORDINATES: QCoreApplication.translate(
            "Problems", "Give both latitude and longitude, or neither."
        ),
        c.SELF_INTRODUCED: QCoreApplication.translate(
            "Problems", "A contact cannot introduce themselves."
        ),
        c.TOO_LONG: QCoreApplication.translate("Problems", "Too long."),
        v.BAD_WINDOW: QCoreApplication.translate(
            "Problems", "The window must end after it starts and hold the whole visit."
        ),
        v.BAD_DURATION: QCoreApplication.translate(
            "Problems", "A visit lasts from 1 minute to 8 hours."
        ),
        idcard.BAD_ID_FORM: QCoreApplication.translate(
            "Problems",
            "An ID-card number is 17 digits and a final digit or X (or an old card's 15 digits).",
        ),
        idcard.BAD_ID_CHECKSUM: QCoreApplication.translate(
            "Problems", "The last character does not match: a digit is mistyped."
        ),
        idcard.BAD_ID_REGION: QCoreApplication.translate(
            "Problems", "The first two digits name no province: a digit is mistyped."
        ),
        idcard.BAD_ID_DATE: QCoreApplication.translate(
            "Problems", "The birth date inside this number does not exist."
        ),
        TOO_BIG: QCoreApplication.translate("Problems", "That value is out of range."),
        CONTROL_CHARACTERS: QCoreApplication.translate(
            "Problems",
            "This text holds an invisible control character (pasted from elsewhere?): retype it.",
        ),
    }
    return texts.get(code, code)


def error_text(error: BaseException) -> str:
    """What happened and what to do next, for a dialog."""
    where = getattr(error, "location", "")
    if isinstance(error, DatabaseLocked):
        return QCoreApplication.translate(
            "Errors",
            "The database {0} is in use by another program. Close the other "
            "program (or the other rmdesk window) and try again.",
        ).format(where)
    if isinstance(error, DatabaseUnwritable):
        return QCoreApplication.translate(
            "Errors",
            "rmdesk cannot write to the database {0} ({1}). Check the file "
            "and folder permissions, or choose another file.",
        ).format(where, error.detail)
    if isinstance(error, NotADatabase):
        return QCoreApplication.translate(
            "Errors",
            "{0} is not an rmdesk database. Choose the right file; this one was not changed.",
        ).format(where)
    if isinstance(error, DatabaseCorrupt):
        return QCoreApplication.translate(
            "Errors",
            "The database {0} is damaged. Restore it from a backup (rmdesk "
            "keeps a copy beside it before each upgrade). The file was not "
            "changed.",
        ).format(where)
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "Errors",
            "The database {0} was written by a newer version of rmdesk. "
            "Install the newer rmdesk to open it.",
        ).format(where)
    if isinstance(error, DiskFull):
        return QCoreApplication.translate(
            "Errors",
            "The disk holding {0} is full. Free some space and try again; nothing was saved.",
        ).format(where)
    if isinstance(error, ServerUnavailable):
        return QCoreApplication.translate(
            "Errors",
            "Cannot reach the database server {0}. Check the address, the "
            "password and the network, then try again.",
        ).format(where)
    if isinstance(error, StoreError):
        return QCoreApplication.translate("Errors", "The database {0} cannot be used: {1}").format(
            where, error.detail
        )
    if isinstance(error, ContactNotFound):
        return QCoreApplication.translate(
            "Errors", "That contact no longer exists; it may have been deleted."
        )
    if isinstance(error, NoLocation):
        return QCoreApplication.translate(
            "Errors",
            "{0} has no address with coordinates yet. Add latitude and longitude to an "
            "address (Edit contact) to see who is near.",
        ).format(error.name)
    from rmdesk.agenda.caldav_sync import PasswordInAddress, SyncFailed
    from rmdesk.agenda.import_ics import BadCalendarFile
    from rmdesk.planning.travel import TravelUnavailable

    if isinstance(error, SyncFailed):
        texts = {
            "unreachable": QCoreApplication.translate(
                "Errors",
                "Cannot reach the calendar server {0}. Check the address and the network, "
                "then sync again. Nothing was changed here.",
            ),
            "password": QCoreApplication.translate(
                "Errors",
                "The calendar server {0} refused the user name or password. Enter them again.",
            ),
            "certificate": QCoreApplication.translate(
                "Errors",
                "The certificate of {0} is not trusted. Check the address, or ask whoever "
                "runs the server.",
            ),
            "calendar_gone": QCoreApplication.translate(
                "Errors",
                "The calendar was deleted on {0} during the sync. Sync again to create it anew.",
            ),
            "no_keyring": QCoreApplication.translate(
                "Errors",
                "This system has no keyring to keep the password of {0}. Enter it for each sync.",
            ),
        }
        text = texts.get(error.reason)
        if text is None:
            return QCoreApplication.translate(
                "Errors", "The calendar server {0} answered with an error: {1}"
            ).format(error.url, error.detail)
        return text.format(error.url)
    from rmdesk.planning.geocode import GeocoderFailed

    if isinstance(error, GeocoderFailed):
        texts = {
            "unreachable": QCoreApplication.translate(
                "Errors", "The geocoder cannot be reached ({0}). Check the network."
            ),
            "key": QCoreApplication.translate(
                "Errors", "The geocoder refused the key ({0}). Check it in Settings."
            ),
        }
        return texts.get(
            error.reason,
            QCoreApplication.translate("Errors", "The geocoder's answer cannot be read ({0})."),
        ).format(error.detail)
    if isinstance(error, PasswordInAddress):
        return QCoreApplication.translate(
            "Errors",
            "The server address holds a password. Enter the address without it ({0}) and "
            "the password in its own field: rmdesk keeps it in the system keyring, never "
            "in the book.",
        ).format(error.url)
    if isinstance(error, BadCalendarFile):
        return QCoreApplication.translate(
            "Errors", "This is not a calendar file rmdesk can read: {0}. Nothing was changed."
        ).format(error.detail)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Errors",
            "The file could not be written or read: {0}. Check the folder, the permissions "
            "and the free space.",
        ).format(error.strerror or str(error))
    if isinstance(error, BranchNotSet):
        return QCoreApplication.translate(
            "Errors",
            "The branch has no location yet, so the day cannot start anywhere. Set it in "
            "Planning → Branch and working day.",
        )
    if isinstance(error, TravelUnavailable):
        return QCoreApplication.translate(
            "Errors",
            "The routing server {0} did not answer ({1}). Check its address in Planning → "
            "Branch and working day, or clear it to plan with straight-line distances.",
        ).format(error.url, error.detail)
    if isinstance(error, VisitNotFound):
        return QCoreApplication.translate(
            "Errors", "That visit plan no longer exists; it may have been deleted."
        )
    if isinstance(error, InvalidVisit | InvalidContact | InvalidDossier):
        return QCoreApplication.translate(
            "Errors", "Some fields are not valid; they are marked in the form."
        )
    if isinstance(error, EditConflict):
        if error.theirs is None:
            return QCoreApplication.translate(
                "Errors",
                "Someone else deleted this record while you had it open. Nothing was saved.",
            )
        return QCoreApplication.translate(
            "Errors",
            "Someone else saved this record while you had it open. Nothing was saved: "
            "compare both versions and choose what to keep.",
        )
    return QCoreApplication.translate("Errors", "Something went wrong: {0}").format(str(error))
