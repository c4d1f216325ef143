"""Display names for the domain's codes and sentences for its errors, in the user's
language: one source for the windows, the documents (briefing, day sheet) and the CLI.

The strings are written out as literal `translate()` calls so that lupdate finds them;
a test checks that each zh_CN translation of a kind equals the domain's Chinese term.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rmdesk.domain import contact as c
from rmdesk.domain.keeping import GiftOverLimit
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    Audience,
    CalendarKind,
    CallOutcome,
    Circle,
    Closing,
    ComplaintStep,
    Cuisine,
    Education,
    Formality,
    FriendKind,
    Gender,
    Handling,
    IncomeBand,
    Introduction,
    KeyDirection,
    Kind,
    LeadSource,
    LifeCycle,
    MaritalStatus,
    Material,
    ObjectionCause,
    ObjectionKind,
    PhoneLabel,
    ProductType,
    Question,
    Relationship,
    Role,
    Setting,
    Signal,
    Smoking,
    Stage,
    Style,
    TieFamily,
    TieKind,
    VisitPurpose,
    VisitStatus,
)
from rmdesk.i18n import generation, translate

if TYPE_CHECKING:
    from rmdesk.domain.activity import CallLog, VisitLog
    from rmdesk.planning.route import Reason


def _kind_labels() -> list[tuple[Kind, str]]:
    # A list, not a dict: kinds are str enums, so PhoneLabel.HOME == AddressKind.HOME.
    return [
        (TieFamily.TONG, translate("Kinds", "Five shared ties")),
        (TieFamily.YUAN, translate("Kinds", "Five bonds")),
        (TieKind.CLASSMATE, translate("Kinds", "Classmate")),
        (TieKind.HOMETOWN, translate("Kinds", "Same hometown")),
        (TieKind.COLLEAGUE, translate("Kinds", "Colleague")),
        (TieKind.HOBBY, translate("Kinds", "Shared hobby")),
        (TieKind.NEIGHBOUR, translate("Kinds", "Neighbour")),
        (TieKind.KINSHIP, translate("Kinds", "Kinship")),
        (TieKind.LOCALITY, translate("Kinds", "Locality")),
        (TieKind.PROFESSION, translate("Kinds", "Profession")),
        (TieKind.FAITH, translate("Kinds", "Faith")),
        (TieKind.TRADE, translate("Kinds", "Shared things")),
        (Gender.MALE, translate("Kinds", "Male")),
        (Gender.FEMALE, translate("Kinds", "Female")),
        (FriendKind.INFLUENTIAL, translate("Kinds", "Influential")),
        (FriendKind.WEALTHY, translate("Kinds", "Wealthy")),
        (FriendKind.WISE, translate("Kinds", "Wise")),
        (FriendKind.PASSIONATE, translate("Kinds", "Passionate")),
        (FriendKind.ATTRACTIVE, translate("Kinds", "Attractive")),
        (LeadSource.PUBLISHED, translate("Kinds", "Published sources")),
        (LeadSource.HOUND, translate("Kinds", "Hound referrer")),
        (LeadSource.COLD, translate("Kinds", "Cold call or visit")),
        (LeadSource.OWN_NETWORK, translate("Kinds", "Own network")),
        (LeadSource.REFERRAL, translate("Kinds", "Client referral")),
        (Answer.YES, translate("Kinds", "Yes")),
        (Answer.NO, translate("Kinds", "No")),
        (Answer.UNKNOWN, translate("Kinds", "Unknown")),
        (Question.NEED, translate("Kinds", "Has a financial need")),
        (Question.AFFORD, translate("Kinds", "Can afford to buy")),
        (Question.GOOD_CLIENT, translate("Kinds", "Meets good-client conditions")),
        (Question.AUTHORITY, translate("Kinds", "Has authority to decide")),
        (Question.VALUE, translate("Kinds", "Can create value for the bank")),
        (Stage.ATTENTION, translate("Kinds", "Attention")),
        (Stage.INTEREST, translate("Kinds", "Interest")),
        (Stage.IMAGINATION, translate("Kinds", "Imagination")),
        (Stage.DESIRE, translate("Kinds", "Desire")),
        (Stage.COMPARISON, translate("Kinds", "Comparison")),
        (Stage.CONVICTION, translate("Kinds", "Conviction")),
        (Stage.DECISION, translate("Kinds", "Decision")),
        (Stage.SATISFACTION, translate("Kinds", "Satisfaction")),
        (Education.PRIMARY, translate("Kinds", "Primary school")),
        (Education.JUNIOR, translate("Kinds", "Junior middle school")),
        (Education.SENIOR, translate("Kinds", "Senior or vocational school")),
        (Education.COLLEGE, translate("Kinds", "College")),
        (Education.BACHELOR, translate("Kinds", "Bachelor")),
        (Education.MASTER, translate("Kinds", "Master")),
        (Education.DOCTOR, translate("Kinds", "Doctorate")),
        (MaritalStatus.SINGLE, translate("Kinds", "Single")),
        (MaritalStatus.MARRIED, translate("Kinds", "Married")),
        (MaritalStatus.DIVORCED, translate("Kinds", "Divorced")),
        (MaritalStatus.WIDOWED, translate("Kinds", "Widowed")),
        (IncomeBand.BELOW_100K, translate("Kinds", "Below ¥100k")),
        (IncomeBand.FROM_100K, translate("Kinds", "¥100k–300k")),
        (IncomeBand.FROM_300K, translate("Kinds", "¥300k–500k")),
        (IncomeBand.FROM_500K, translate("Kinds", "¥500k–1m")),
        (IncomeBand.FROM_1M, translate("Kinds", "¥1m–3m")),
        (IncomeBand.ABOVE_3M, translate("Kinds", "Above ¥3m")),
        (PhoneLabel.MOBILE, translate("Kinds", "Mobile")),
        (PhoneLabel.WORK, translate("Kinds", "Work", "phone")),
        (PhoneLabel.HOME, translate("Kinds", "Home", "phone")),
        (PhoneLabel.FAX, translate("Kinds", "Fax")),
        (PhoneLabel.OTHER, translate("Kinds", "Other")),
        (AddressKind.HOME, translate("Kinds", "Home", "address")),
        (AddressKind.WORK, translate("Kinds", "Work", "address")),
        (CalendarKind.SOLAR, translate("Kinds", "Solar")),
        (CalendarKind.LUNAR, translate("Kinds", "Lunar")),
        (VisitPurpose.RELATIONSHIP, translate("Kinds", "Build the relationship")),
        (VisitPurpose.NEEDS, translate("Kinds", "Learn needs")),
        (VisitPurpose.INTELLIGENCE, translate("Kinds", "Gather intelligence")),
        (VisitPurpose.PRODUCT, translate("Kinds", "Introduce a product")),
        (VisitPurpose.DEEPEN, translate("Kinds", "Deepen understanding")),
        (VisitPurpose.SOCIAL, translate("Kinds", "Social / PR contact")),
        (VisitPurpose.CLOSE, translate("Kinds", "Close")),
        (VisitStatus.PROPOSED, translate("Kinds", "Proposed")),
        (VisitStatus.BOOKED, translate("Kinds", "Booked")),
        (VisitStatus.DONE, translate("Kinds", "Done")),
        (VisitStatus.CANCELLED, translate("Kinds", "Cancelled")),
        (Formality.FORMAL, translate("Kinds", "Formal")),
        (Formality.INFORMAL, translate("Kinds", "Informal")),
        (Setting.PUBLIC, translate("Kinds", "Public")),
        (Setting.PRIVATE, translate("Kinds", "Private")),
        (Audience.GROUP, translate("Kinds", "Group")),
        (Audience.ONE_TO_ONE, translate("Kinds", "One-to-one")),
        (Material.BROCHURES, translate("Kinds", "Product brochures")),
        (Material.CARDS, translate("Kinds", "Business cards")),
        (Material.CALCULATOR, translate("Kinds", "Calculator")),
        (Material.GIFTS, translate("Kinds", "Gifts / promotional items")),
        (Material.DOCUMENTS, translate("Kinds", "Documents")),
        (Material.LETTER, translate("Kinds", "Introduction letter")),
        (Style.STEADY, translate("Kinds", "Experienced and steady")),
        (Style.CAUTIOUS, translate("Kinds", "Cautious")),
        (Style.INEXPERIENCED, translate("Kinds", "Inexperienced")),
        (Style.HAGGLER, translate("Kinds", "Haggler")),
        (Style.SHOW_OFF, translate("Kinds", "Show-off")),
        (Circle.RELATIVE, translate("Kinds", "Relative")),
        (Circle.FRIEND, translate("Kinds", "Friend")),
        (Circle.NEIGHBOUR, translate("Kinds", "Neighbour", "person")),
        (Smoking.NO, translate("Kinds", "Non-smoker")),
        (Smoking.SOMETIMES, translate("Kinds", "Smokes sometimes")),
        (Smoking.YES, translate("Kinds", "Smoker")),
        (Cuisine.SICHUAN, translate("Kinds", "Sichuan")),
        (Cuisine.CANTONESE, translate("Kinds", "Cantonese")),
        (Cuisine.SHANDONG, translate("Kinds", "Shandong")),
        (Cuisine.HUNAN, translate("Kinds", "Hunan")),
        (Cuisine.ZHEJIANG, translate("Kinds", "Zhejiang")),
        (Cuisine.JIANGSU, translate("Kinds", "Jiangsu")),
        (Cuisine.FUJIAN, translate("Kinds", "Fujian")),
        (Cuisine.ANHUI, translate("Kinds", "Anhui")),
        (Cuisine.SEAFOOD, translate("Kinds", "Seafood")),
        (Cuisine.WESTERN, translate("Kinds", "Western")),
        (Cuisine.VEGETARIAN, translate("Kinds", "Vegetarian")),
        (Relationship.COLD, translate("Kinds", "Cold")),
        (Relationship.NEUTRAL, translate("Kinds", "Neutral")),
        (Relationship.GOOD, translate("Kinds", "Good")),
        (Relationship.CLOSE, translate("Kinds", "Close", "relationship")),
        (Introduction.INTRODUCED, translate("Kinds", "Introduced")),
        (Introduction.MET, translate("Kinds", "Met")),
        (Introduction.CLIENT, translate("Kinds", "Became a client")),
        (Introduction.DECLINED, translate("Kinds", "Declined")),
        (Role.LEGAL_PERSON, translate("Kinds", "Legal person")),
        (Role.DECISION_MAKER, translate("Kinds", "Decision maker")),
        (Role.FINANCE_HEAD, translate("Kinds", "Finance head")),
        (Role.SHAREHOLDER, translate("Kinds", "Shareholder")),
        (Role.MANAGER, translate("Kinds", "Manager")),
        (Role.STAFF, translate("Kinds", "Staff")),
        (LifeCycle.INTRODUCTION, translate("Kinds", "Introduction", "life cycle")),
        (LifeCycle.GROWTH, translate("Kinds", "Growth")),
        (LifeCycle.MATURITY, translate("Kinds", "Maturity")),
        (LifeCycle.DECLINE, translate("Kinds", "Decline")),
        (ProductType.DEPOSIT, translate("Kinds", "Time deposit")),
        (ProductType.WEALTH, translate("Kinds", "Wealth product")),
        (ProductType.FUND, translate("Kinds", "Fund")),
        (ProductType.INSURANCE, translate("Kinds", "Insurance")),
        (ProductType.LOAN, translate("Kinds", "Loan")),
        (ProductType.CREDIT_LINE, translate("Kinds", "Credit line")),
        (ProductType.CREDIT_CARD, translate("Kinds", "Credit card")),
        (ProductType.DEBIT_CARD, translate("Kinds", "Debit card (ordinary)")),
        (ProductType.VIP_CARD, translate("Kinds", "VIP card")),
        (ProductType.OTHER, translate("Kinds", "Other product")),
        (ComplaintStep.ASIDE, translate("Kinds", "Take it aside at once")),
        (ComplaintStep.CALM, translate("Kinds", "Calm the client")),
        (ComplaintStep.APOLOGISE, translate("Kinds", "Apologise")),
        (ComplaintStep.FACTS, translate("Kinds", "Gather the facts")),
        (ComplaintStep.FIX, translate("Kinds", "Propose a fix")),
        (ComplaintStep.OUTCOME, translate("Kinds", "Tell the outcome and act")),
        (ComplaintStep.THANK, translate("Kinds", "Thank and follow up")),
        (KeyDirection.DEEPEN, translate("Kinds", "Deepen")),
        (KeyDirection.KEEP, translate("Kinds", "Keep")),
        (KeyDirection.EXIT, translate("Kinds", "Exit")),
        (CallOutcome.REACHED, translate("Kinds", "Reached")),
        (CallOutcome.NO_ANSWER, translate("Kinds", "No answer")),
        (CallOutcome.REFUSED, translate("Kinds", "Refused")),
        (CallOutcome.CALL_BACK, translate("Kinds", "Call back")),
        (CallOutcome.BOOKED, translate("Kinds", "Appointment booked")),
        (Signal.GREEN, translate("Kinds", "Green: go, close soon")),
        (Signal.YELLOW, translate("Kinds", "Yellow: hesitating, clarify")),
        (Signal.RED, translate("Kinds", "Red: stop, withdraw politely")),
        (ObjectionKind.REAL, translate("Kinds", "Real objection")),
        (ObjectionKind.EXCUSE, translate("Kinds", "Excuse")),
        (ObjectionKind.HIDDEN, translate("Kinds", "Hidden objection")),
        (ObjectionCause.CLIENT, translate("Kinds", "The client")),
        (ObjectionCause.RM, translate("Kinds", "The RM")),
        (ObjectionCause.BANK, translate("Kinds", "The bank or product")),
        (Handling.CLARIFY, translate("Kinds", "Clear up the misunderstanding")),
        (Handling.YES_BUT, translate("Kinds", "Yes, but")),
        (Handling.OFFSET, translate("Kinds", "Offset a weakness with a strength")),
        (Handling.ADVICE, translate("Kinds", "Ask the client's advice")),
        (Handling.SOFT, translate("Kinds", "Accept softly")),
        (Handling.DETOUR, translate("Kinds", "Step back, then return")),
        (Closing.GOAL, translate("Kinds", "Goal orientation")),
        (Closing.EITHER_OR, translate("Kinds", "Either-or")),
        (Closing.TRIAL, translate("Kinds", "Trial question")),
        (Closing.DIRECT, translate("Kinds", "Direct request")),
        (Closing.EVIDENCE, translate("Kinds", "Evidence or reference client")),
        (Closing.BETTER_TERMS, translate("Kinds", "Better terms")),
        (Closing.DEADLINE, translate("Kinds", "Deadline")),
    ]


_labels: tuple[int, dict[tuple[type, str], str]] = (-1, {})


def label(kind: Kind) -> str:
    """The name of a code in the current interface language."""
    global _labels
    made, texts = _labels
    if made != generation():
        # Keyed by type too: kinds are str enums, so PhoneLabel.HOME == AddressKind.HOME.
        made = generation()
        texts = {(type(known), known.value): text for known, text in _kind_labels()}
        _labels = (made, texts)
    return texts[(type(kind), kind.value)]


def all_kind_labels() -> list[tuple[Kind, str]]:
    """Every code with its display name (for tests and pickers)."""
    return _kind_labels()


def approach_text(style: Style) -> str:
    """The recommended approach for a communication style (DOMAIN.md step 3)."""
    texts = {
        Style.STEADY: translate("Styles", "Be more expert than them; use evidence."),
        Style.CAUTIOUS: translate("Styles", "Small talk and patience; build trust slowly."),
        Style.INEXPERIENCED: translate("Styles", "Plain language and proof; no pressure."),
        Style.HAGGLER: translate("Styles", "Stay firm, concede little; go as two RMs."),
        Style.SHOW_OFF: translate("Styles", "Listen and praise; present the product as status."),
    }
    return texts[style]


def holiday_name(name: str) -> str:
    """An official holiday's name (as chinese_calendar gives it, in English) in the UI
    language: the Chinese interface says 国庆节, not National Day."""
    texts = {
        "New Year's Day": translate("Holidays", "New Year's Day"),
        "Spring Festival": translate("Holidays", "Spring Festival"),
        "Tomb-sweeping Day": translate("Holidays", "Tomb-sweeping Day"),
        "Labour Day": translate("Holidays", "Labour Day"),
        "Dragon Boat Festival": translate("Holidays", "Dragon Boat Festival"),
        "National Day": translate("Holidays", "National Day"),
        "Mid-autumn Festival": translate("Holidays", "Mid-autumn Festival"),
        "Anti-Fascist 70th Day": translate("Holidays", "Anti-Fascist War Victory Day"),
    }
    return texts.get(name, name)


def section_name(section: str) -> str:
    """The name of a dossier section (domain.dossier.SECTIONS)."""
    texts = {
        "basic": translate("Sections", "Basic"),
        "education": translate("Sections", "Education"),
        "family": translate("Sections", "Family"),
        "people": translate("Sections", "People"),
        "career": translate("Sections", "Career"),
        "life": translate("Sections", "Life"),
        "character": translate("Sections", "Character"),
        "experience": translate("Sections", "Experience"),
        "attitude": translate("Sections", "Attitude to us"),
        "other": translate("Sections", "Other"),
    }
    return texts.get(section, section)


def problem_text(code: str) -> str:
    """The sentence shown beside a field that failed validation."""
    # Imported here: start-up shows no form, and each module costs milliseconds.
    from rmdesk.domain import activity, idcard, keeping
    from rmdesk.domain import visit as v
    from rmdesk.domain.dossier import TOO_BIG
    from rmdesk.domain.text import CONTROL_CHARACTERS

    texts = {
        c.REQUIRED: translate("Problems", "Required."),
        c.BAD_PHONE: translate(
            "Problems",
            "Not a phone number: use 11 digits for a mobile, "
            "or the area code and number for a landline.",
        ),
        c.BAD_DATE: translate("Problems", "This date does not exist."),
        c.BAD_LUNAR_DATE: translate(
            "Problems", "A lunar date has a month from 1 to 12 and a day from 1 to 30."
        ),
        c.BAD_LATITUDE: translate("Problems", "Latitude is between -90 and 90."),
        c.BAD_LONGITUDE: translate("Problems", "Longitude is between -180 and 180."),
        c.HALF_COORDINATES: translate("Problems", "Give both latitude and longitude, or neither."),
        c.SELF_INTRODUCED: translate("Problems", "A contact cannot introduce themselves."),
        c.TOO_LONG: translate("Problems", "Too long."),
        v.BAD_WINDOW: translate(
            "Problems", "The window must end after it starts and hold the whole visit."
        ),
        v.BAD_DURATION: translate("Problems", "A visit lasts from 1 minute to 8 hours."),
        activity.BEFORE_VISIT: translate("Problems", "The next step cannot come before the visit."),
        activity.BEFORE_CALL: translate("Problems", "Calling back cannot come before the call."),
        activity.BAD_GIFT_VALUE: translate(
            "Problems", "A gift's value is from 0 to 1,000,000 yuan."
        ),
        keeping.BAD_AMOUNT: translate("Problems", "An amount is from 0 to ten billion yuan."),
        keeping.BEFORE_START: translate("Problems", "The maturity cannot come before the start."),
        keeping.BAD_DAYS: translate("Problems", "Out of range for a number of days."),
        keeping.BEFORE_RECEIVED: translate(
            "Problems", "This cannot come before the complaint was received."
        ),
        idcard.BAD_ID_FORM: translate(
            "Problems",
            "An ID-card number is 17 digits and a final digit or X (or an old card's 15 digits).",
        ),
        idcard.BAD_ID_CHECKSUM: translate(
            "Problems", "The last character does not match: a digit is mistyped."
        ),
        idcard.BAD_ID_REGION: translate(
            "Problems", "The first two digits name no province: a digit is mistyped."
        ),
        idcard.BAD_ID_DATE: translate(
            "Problems", "The birth date inside this number does not exist."
        ),
        TOO_BIG: translate("Problems", "That value is out of range."),
        CONTROL_CHARACTERS: translate(
            "Problems",
            "This text holds an invisible control character (pasted from elsewhere?): retype it.",
        ),
    }
    return texts.get(code, code)


def gift_limit_text(error: GiftOverLimit) -> str:
    """Why a gift needs confirming: which limit it goes over, by how much."""
    parts = []
    if error.over_gift:
        parts.append(
            translate(
                "Errors", "This gift is worth {0:,.2f} yuan; the limit is {1:,.2f} a gift."
            ).format(error.value, error.per_gift)
        )
    if error.over_year:
        parts.append(
            translate(
                "Errors",
                "With it, this client's gifts in {0} come to {1:,.2f} yuan; the limit is "
                "{2:,.2f} a year.",
            ).format(error.year, error.year_total, error.per_year)
        )
    parts.append(
        translate(
            "Errors",
            "Expensive gifts can be bribery: record it only if your branch has approved it.",
        )
    )
    return "\n".join(parts)


def reason_text(reason: Reason, clashes: tuple[str, ...] = ()) -> str:
    """Why the planner left a visit out of the day (`clashes`: whose appointments)."""
    from rmdesk.planning.route import Reason

    names = "、".join(clashes)
    return {
        Reason.NO_LOCATION: translate("PlanPage", "no location: pin the client on the map"),
        Reason.OUTSIDE_HOURS: translate("PlanPage", "outside working hours"),
        Reason.TOO_FAR: translate("PlanPage", "too far to go and come back within the day"),
        Reason.CLASH: translate("PlanPage", "clashes with {0}").format(names),
        Reason.TOO_FAR_FROM: translate(
            "PlanPage", "too far from {0}'s appointment to fit in between"
        ).format(names),
        Reason.LUNCH: translate("PlanPage", "its window is taken by the lunch break"),
    }.get(reason, translate("PlanPage", "no time left in the day"))


def visit_log_text(log: VisitLog, notes_up_to: int | None = None) -> str:
    """What a logged visit said, in a line: whom the RM met, whether its purpose was
    reached, the stage after it, products, the next step and the notes (cut to
    `notes_up_to` characters)."""
    parts = []
    if log.met:
        parts.append(translate("VisitLogText", "met {0}").format(log.met))
    if log.purpose_reached is not None:
        parts.append(
            translate("VisitLogText", "purpose reached")
            if log.purpose_reached
            else translate("VisitLogText", "purpose not reached")
        )
    if log.stage is not None:
        parts.append(translate("VisitLogText", "stage: {0}").format(label(log.stage)))
    if log.products:
        parts.append(translate("VisitLogText", "products: {0}").format(log.products))
    if log.next_step:
        when = f" ({log.next_date:%Y-%m-%d})" if log.next_date else ""
        parts.append(translate("VisitLogText", "next: {0}").format(log.next_step + when))
    notes = " ".join(log.notes.split())
    if notes_up_to is not None and len(notes) > notes_up_to:
        notes = notes[: notes_up_to - 1] + "…"
    if notes:
        parts.append(notes)
    return " · ".join(parts) or translate("VisitLogText", "logged without notes")


def call_log_text(call: CallLog) -> str:
    """A logged call in a line: its outcome, the call-back time, the note."""
    parts = [label(call.outcome)]
    if call.call_back_at is not None:  # the outcome says "call back"; this says when
        parts.append(f"{call.call_back_at:%Y-%m-%d %H:%M}")
    if call.note:
        parts.append(" ".join(call.note.split()))
    return " · ".join(parts)
