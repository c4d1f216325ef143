"""My details: the RM's own name, title, phone and gender, kept in the book. They sign the
thank-you letters; a male RM visiting a female client is reminded to bring a female
colleague, in the visit plan and in the briefing (DOMAIN.md step 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import close_context, screen_context

from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import InvalidProfile
from rmdesk.domain.kinds import Gender
from rmdesk.domain.profile import Profile
from rmdesk.services import build_services
from rmdesk.store.database import Store

WAIT = 10_000
COLLEAGUE = "A male RM visiting a female client brings a female colleague along."


def test_my_details_are_kept_checked_and_untouched_when_refused(store: Store) -> None:
    services = build_services(store)
    assert services.profile.get() == Profile(), "nothing until the RM fills them in"
    saved = services.profile.save(
        Profile(" 李明 ", "台州银行椒江支行 客户经理", "139-0013-9000", Gender.MALE)
    )
    assert saved == Profile("李明", "台州银行椒江支行 客户经理", "+8613900139000", Gender.MALE)
    assert services.profile.get() == saved
    for wrong, field in (
        (Profile("李明", mobile="1.39001E+10"), "mobile"),
        (Profile("李\x07明"), "name"),
        (Profile("李明", "支" * 101), "title"),
    ):
        with pytest.raises(InvalidProfile) as refused:
            services.profile.save(wrong)
        assert field in refused.value.errors
    assert services.profile.get() == saved, "a refused change leaves them as they were"


def test_a_male_rm_visiting_a_female_client_is_told_to_bring_a_colleague(store: Store) -> None:
    services = build_services(store)
    her = services.contacts.save(Contact(name="王丽", gender=Gender.FEMALE))
    him = services.contacts.save(Contact(name="王强", gender=Gender.MALE))
    unknown = services.contacts.save(Contact(name="王某"))
    assert not services.planning.needs_female_colleague(her), "no details: nothing said"
    services.profile.save(Profile("李明", gender=Gender.MALE))
    needs = [services.planning.needs_female_colleague(c) for c in (her, him, unknown)]
    assert needs == [True, False, False]
    today = dt.date.today()
    assert services.dossiers.briefing(her, today).bring_female_colleague
    assert not services.dossiers.briefing(him, today).bring_female_colleague
    services.profile.save(Profile("李娜", gender=Gender.FEMALE))
    assert not services.planning.needs_female_colleague(her)


def test_the_window_edits_my_details_and_the_visit_plan_says_who_goes(
    qtbot, store: Store, tmp_path: Path
) -> None:
    from rmdesk.ui.planning.visit_editor import VisitEditor
    from rmdesk.ui.profile_dialog import ProfileDialog

    ctx = screen_context(store, tmp_path / "s.ini")
    services = ctx.services
    try:
        dialog = ProfileDialog(ctx)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.isEnabled, timeout=WAIT)
        dialog.name.setText("李明")
        dialog.title.setText("椒江支行 客户经理")
        dialog.mobile.setText("not a phone")
        dialog.gender.set_value(Gender.MALE)
        dialog.save()
        problem = dialog.problems["mobile"]
        qtbot.waitUntil(lambda: not problem.isHidden(), timeout=WAIT)
        assert services.profile.get() == Profile(), "nothing saved"
        dialog.mobile.setText("13900139000")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT)
        assert services.profile.get().mobile == "+8613900139000"
        again = ProfileDialog(ctx)
        qtbot.addWidget(again)
        qtbot.waitUntil(again.isEnabled, timeout=WAIT)
        assert (again.name.text(), again.mobile.text()) == ("李明", "139 0013 9000")
        her = services.contacts.save(Contact(name="王丽", gender=Gender.FEMALE))
        plan = services.planning.draft(her, dt.date.today() + dt.timedelta(days=1), 45)
        editor = VisitEditor(ctx, plan, "王丽")
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: not editor.companion.isHidden(), timeout=WAIT)
        assert editor.companion.text() == COLLEAGUE
    finally:
        close_context(ctx)


def test_the_briefing_document_says_who_goes(store: Store) -> None:
    from rmdesk.documents.briefing import briefing_document
    from rmdesk.documents.render import to_html

    services = build_services(store)
    her = services.contacts.save(Contact(name="王丽", gender=Gender.FEMALE))
    services.profile.save(Profile("李明", gender=Gender.MALE))
    from rmdesk.i18n import translate

    page = to_html(briefing_document([services.dossiers.briefing(her, dt.date.today())]))
    assert translate("BriefingView", COLLEAGUE) in page, "in the language the window speaks"
