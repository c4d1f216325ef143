"""The application layer: services announce what they change, and nothing when they fail;
labels and documents speak the .ts translations without Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk import i18n
from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import InvalidContact
from rmdesk.domain.kinds import Stage
from rmdesk.domain.visit import Branch
from rmdesk.services import build_services
from rmdesk.services.events import (
    ContactsChanged,
    DossierChanged,
    Events,
    VisitsChanged,
    WorkingDayChanged,
)


@pytest.fixture
def heard(store):
    services = build_services(store)
    events: list[object] = []
    services.events.subscribe(events.append)
    return services, events


def test_each_write_announces_what_it_changed(heard) -> None:
    services, events = heard
    a = services.contacts.save(Contact(name="王建国"))
    assert events == [ContactsChanged((a,))]
    dossier = services.dossiers.get(a)
    services.dossiers.save(dossier)
    assert events[-1] == DossierChanged(a)
    day = dt.date(2026, 12, 7)
    services.planning.add_flexible([a], day)
    assert events[-1] == VisitsChanged((day,))
    services.planning.set_branch(Branch(name="椒江支行"))
    assert events[-1] == WorkingDayChanged()
    services.contacts.move_to_trash([a])
    services.contacts.empty_trash()
    assert events[-2:] == [ContactsChanged((a,)), ContactsChanged()]


def test_a_refused_write_announces_nothing(heard) -> None:
    services, events = heard
    with pytest.raises(InvalidContact):
        services.contacts.save(Contact(name=""))
    assert events == []


def test_a_failing_subscriber_does_not_stop_the_others() -> None:
    events = Events()
    heard: list[object] = []

    def broken(_event: object) -> None:
        raise RuntimeError("a view that went away")

    events.subscribe(broken)
    stop = events.subscribe(heard.append)
    events.publish(ContactsChanged((1,)))
    assert heard == [ContactsChanged((1,))]
    stop()
    events.publish(ContactsChanged((2,)))
    assert heard == [ContactsChanged((1,))], "unsubscribed"


def test_labels_speak_the_ts_files_without_qt() -> None:
    from rmdesk.labels import label

    i18n.install(None)
    try:
        i18n.use_language("zh_CN")
        assert label(Stage.SATISFACTION) == Stage.SATISFACTION.zh
        assert i18n.translate("BriefingView", "Preferences and taboos") == "喜好与禁忌"
        i18n.use_language("en")
        assert i18n.translate("BookPage", "%n contact(s)", None, 1) == "1 contact"
        assert i18n.translate("BookPage", "%n contact(s)", None, 3) == "3 contacts"
        assert i18n.translate("Nowhere", "Untranslated text") == "Untranslated text"
    finally:
        i18n.use_language("en")


def test_the_day_sheet_and_the_briefing_are_one_kind_of_document(heard) -> None:
    """Both render through one engine: HTML for the window, PDF by ReportLab."""
    from rmdesk.documents.briefing import briefing_document
    from rmdesk.documents.render import to_html, to_pdf

    services, _events = heard
    a = services.contacts.save(Contact(name="王建国", title="总经理"))
    briefing = services.dossiers.briefing(a, dt.date(2026, 12, 2))
    document = briefing_document([briefing])
    assert "王建国" in to_html(document)
    assert to_pdf(document).startswith(b"%PDF")


def test_the_id_numbers_birthday_and_sex_are_saved_in_one_go(heard) -> None:
    from rmdesk.domain.contact import Birthday
    from rmdesk.domain.kinds import CalendarKind, Gender

    services, events = heard
    a = services.contacts.save(Contact(name="王芳"))
    before = services.contacts.get(a).version
    services.contacts.set_identity(a, Birthday(CalendarKind.SOLAR, 12, 31, 1949), Gender.FEMALE)
    after = services.contacts.get(a)
    assert after.version == before + 1, "one save, the version claimed once"
    assert after.birthday is not None and after.birthday.year == 1949
    assert after.gender is Gender.FEMALE
    assert events[-1] == ContactsChanged((a,))
