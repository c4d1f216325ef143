"""Opening the dossier screens for a client: the editor, the briefing, referrals, ways
in, thank-yous and companies. Each returns the window it opened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from rmdesk.ui.common.context import Context

if TYPE_CHECKING:
    from rmdesk.ui.dossier.briefing_view import BriefingView
    from rmdesk.ui.dossier.company_dialog import CompanyDialog
    from rmdesk.ui.dossier.dossier_editor import DossierEditor
    from rmdesk.ui.dossier.referral_views import ReferralDialog, ThankYouDialog, WaysInDialog


def edit_dossier(
    ctx: Context,
    parent: QWidget,
    contact_id: int,
    name: str,
    opened: Callable[[DossierEditor], None],
    set_identity: Callable[[int, Any, Any], None],
) -> None:
    """Read the dossier on the worker, then open its editor (`opened(editor)`)."""
    dossiers = ctx.services.dossiers

    def show(found: tuple[Any, ...]) -> None:
        from rmdesk.ui.dossier.dossier_editor import DossierEditor

        editor = DossierEditor(ctx, found[0], name, found[1], found[2], found[3], parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.birthday_offered.connect(
            lambda birthday, sex: set_identity(contact_id, birthday, sex)
        )
        opened(editor)
        editor.open()

    ctx.runner.submit(lambda: dossiers.for_editor(contact_id), show)


def show_briefing(ctx: Context, parent: QWidget, contact_id: int, name: str) -> BriefingView:
    from rmdesk.ui.dossier.briefing_view import BriefingView

    dossiers = ctx.services.dossiers
    view = BriefingView(
        ctx,
        lambda sensitive: [dossiers.briefing(contact_id, dt.date.today(), sensitive)],
        QCoreApplication.translate("MainWindow", "Briefing — {0}").format(name),
        parent,
    )
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view


def show_referrals(
    ctx: Context, parent: QWidget, contact_id: int, name: str, open_contact: Callable[[int], None]
) -> ReferralDialog:
    from rmdesk.ui.dossier.referral_views import ReferralDialog

    return _show(ReferralDialog(ctx, contact_id, name, parent), open_contact)


def show_ways_in(
    ctx: Context, parent: QWidget, contact_id: int, name: str, open_contact: Callable[[int], None]
) -> WaysInDialog:
    from rmdesk.ui.dossier.referral_views import WaysInDialog

    return _show(WaysInDialog(ctx, contact_id, name, parent), open_contact)


def show_thank_yous(
    ctx: Context, parent: QWidget, open_contact: Callable[[int], None]
) -> ThankYouDialog:
    from rmdesk.ui.dossier.referral_views import ThankYouDialog

    return _show(ThankYouDialog(ctx, parent), open_contact)


def show_companies(ctx: Context, parent: QWidget) -> CompanyDialog:
    from rmdesk.ui.dossier.company_dialog import CompanyDialog

    dialog = CompanyDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


D = TypeVar("D", "ReferralDialog", "WaysInDialog", "ThankYouDialog")


def _show(dialog: D, open_contact: Callable[[int], None]) -> D:
    """A list of contacts: double-clicking one shows it in the book."""
    dialog.open_contact.connect(open_contact)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
