"""My details: the RM's name, title and phone, which sign their thank-you letters and
SMS, and their gender, by which a visit plan says when to bring a female colleague.
Kept in the book (each RM's own on a team's book)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from rmdesk.domain.errors import InvalidProfile
from rmdesk.domain.kinds import Gender
from rmdesk.domain.phones import display_phone
from rmdesk.domain.profile import Profile
from rmdesk.error_texts import error_text
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ProblemLabel


class ProfileDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My details"))
        self.profile = ctx.services.profile
        self.runner = ctx.runner
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 李明"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 台州银行椒江支行 客户经理"))
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText(self.tr("e.g. 139 0013 9000"))
        self.gender = KindCombo(Gender, self.tr("Not given"))
        self.problems = {key: ProblemLabel() for key in ("name", "title", "mobile", "gender")}
        about = QLabel(
            self.tr(
                "Your name, title and phone sign the thank-you letters and SMS rmdesk drafts "
                "for you. With your gender, the visit plan and the briefing remind you to "
                "bring a female colleague when a male RM visits a female client."
            )
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(about)
        for label, field, key in (
            (self.tr("Name"), self.name, "name"),
            (self.tr("Bank, branch and post"), self.title, "title"),
            (self.tr("Mobile"), self.mobile, "mobile"),
            (self.tr("Gender"), self.gender, "gender"),
        ):
            form.addRow(label, field)
            form.addRow("", self.problems[key])
        self.buttons = save_cancel(self, self.save)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self.setEnabled(False)  # until the details are read
        self.runner.submit(self.profile.get, self._fill, self._failed)

    def _fill(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.title.setText(profile.title)
        self.mobile.setText(display_phone(profile.mobile) if profile.mobile else "")
        self.gender.set_value(profile.gender)
        self.setEnabled(True)

    def draft(self) -> Profile:
        return Profile(self.name.text(), self.title.text(), self.mobile.text(), self.gender.value())

    def save(self) -> None:
        profile, service = self.draft(), self.profile
        for label in self.problems.values():
            label.show_problem(None)
        self.buttons.setEnabled(False)
        self.runner.submit(lambda: service.save(profile), lambda _p: self.accept(), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidProfile):
            for key, code in error.errors.items():
                self.problems[key if key in self.problems else "name"].show_problem(code)
            return
        QMessageBox.warning(self, self.tr("My details"), error_text(error))
