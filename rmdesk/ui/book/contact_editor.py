"""Create or edit a contact. Problems show beside the field; Save waits until none are left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import contact as c
from rmdesk.domain.contact import Birthday, Contact, Phone, Tie
from rmdesk.domain.errors import EditConflict, InvalidContact
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    CalendarKind,
    Education,
    FriendKind,
    Gender,
    IncomeBand,
    LeadSource,
    MaritalStatus,
    Question,
    Stage,
    TieFamily,
    TieKind,
)
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.ui.book.contact_rows import AddressRow, PhoneRow
from rmdesk.ui.common.conflict_dialog import resolve_conflict
from rmdesk.ui.common.contact_picker import ContactPicker
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ProblemLabel, discard_confirmed
from rmdesk.ui.common.masking import Masker

DETAIL_SEPARATOR = "；"
TIE_EXAMPLES = {
    TieKind.CLASSMATE: "浙大 2005 级",
    TieKind.HOMETOWN: "仙居",
    TieKind.COLLEAGUE: "原工行台州分行",
    TieKind.HOBBY: "钓鱼",
    TieKind.NEIGHBOUR: "东海花园",
    TieKind.KINSHIP: "表哥",
    TieKind.LOCALITY: "椒江商会",
    TieKind.PROFESSION: "汽摩配行业协会",
    TieKind.FAITH: "国清寺",
    TieKind.TRADE: "紫砂壶收藏",
}

if TYPE_CHECKING:
    from rmdesk.planning.geocode import Found


class ContactEditor(QDialog):
    """The contact form. `saved(id)` fires once the contact is in the book."""

    saved = Signal(int)

    def __init__(
        self,
        ctx: Context,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = ctx.services.contacts
        self._planning = ctx.services.planning
        self._runner = ctx.runner
        self._network = ctx.network  # the geocoder waits on the network there
        self._geocoder_url = ctx.prefs.geocoder_url
        self._original = contact
        self._ctx = ctx
        self._saving = False
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.resize(720, 620)
        tabs = QTabWidget()
        tabs.addTab(self._basic_tab(contact), self.tr("Basic"))
        tabs.addTab(self._reach_tab(contact), self.tr("Phones and addresses"))
        tabs.addTab(self._ties_tab(contact), self.tr("Ties and bonds"))
        tabs.addTab(self._profile_tab(contact), self.tr("Profile"))
        self.tabs = tabs
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.status = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.activated.connect(self.save)
        self.validate()
        self._as_opened = self.draft()[0]

    def has_changes(self) -> bool:
        """Whether the form differs from what it showed when opened."""
        return self.draft()[0] != self._as_opened

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before throwing typed work away."""
        if (
            not self._saving
            and self.has_changes()
            and not discard_confirmed(
                self,
                self.tr("Discard changes?"),
                self.tr("This contact has changes that are not saved. Discard them?"),
            )
        ):
            return
        super().reject()

    # -- tabs --------------------------------------------------------------------------

    def _basic_tab(self, contact: Contact | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(contact.name if contact else "")
        self.name_problem = ProblemLabel()
        self.nickname = QLineEdit(contact.nickname if contact else "")
        self.gender = KindCombo(Gender, "—")
        self.birthday_calendar = KindCombo(CalendarKind, self.tr("No birthday"))
        self.birthday_year = QSpinBox()
        self.birthday_year.setRange(0, 2100)
        self.birthday_year.setSpecialValueText(self.tr("year unknown"))
        self.birthday_month = QSpinBox()
        self.birthday_month.setRange(1, 12)
        self.birthday_month.setSuffix(self.tr(" month"))
        self.birthday_day = QSpinBox()
        self.birthday_day.setRange(1, 31)
        self.birthday_day.setSuffix(self.tr(" day"))
        self.birthday_leap = QCheckBox(self.tr("leap month"))
        self.birthday_problem = ProblemLabel()
        # Rows of several widgets get their own container widget: a widget added to a
        # layout that has no widget yet stays owned by Python, and Qt reparenting it later
        # behind PySide's back ends in a double delete.
        birthday_row = QWidget(page)
        birthday = QHBoxLayout(birthday_row)
        birthday.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.birthday_calendar,
            self.birthday_year,
            self.birthday_month,
            self.birthday_day,
            self.birthday_leap,
        ):
            birthday.addWidget(w)
        self.company = QLineEdit(contact.company if contact else "")
        self.title_edit = QLineEdit(contact.title if contact else "")
        self.occupation = QLineEdit(contact.occupation if contact else "")
        self.education = KindCombo(Education, "—")
        self.marital = KindCombo(MaritalStatus, "—")
        self.income = KindCombo(IncomeBand, "—")
        if contact is not None:
            self.gender.set_value(contact.gender)
            self.education.set_value(contact.education)
            self.marital.set_value(contact.marital_status)
            self.income.set_value(contact.income_band)
            b = contact.birthday
            if b is not None:
                self.birthday_calendar.set_value(b.calendar)
                self.birthday_year.setValue(b.year or 0)
                self.birthday_month.setValue(b.month)
                self.birthday_day.setValue(b.day)
                self.birthday_leap.setChecked(b.leap)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow("", self.name_problem)
        form.addRow(self.tr("Nickname"), self.nickname)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Birthday"), birthday_row)
        form.addRow("", self.birthday_problem)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow(self.tr("Education"), self.education)
        form.addRow(self.tr("Marital status"), self.marital)
        # The income band is sensitive: hidden until shown, hidden again soon after.
        self.masker = Masker(self, [], [self.income])
        form.addRow(self.tr("Income"), self.masker.cover_of(self.income))
        for edit in (self.name, self.nickname, self.company):
            edit.textChanged.connect(self.validate)
        for spin in (self.birthday_year, self.birthday_month, self.birthday_day):
            spin.valueChanged.connect(self.validate)
        self.birthday_calendar.currentIndexChanged.connect(self.validate)
        self.birthday_leap.toggled.connect(self.validate)
        return page

    def _reach_tab(self, contact: Contact | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Phones")))
        phones = QWidget(page)
        self.phone_box = QVBoxLayout(phones)
        self.phone_box.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(phones)
        self.phone_rows: list[PhoneRow] = []
        for phone in contact.phones if contact else []:
            self.add_phone(phone)
        self.add_phone(None)
        add = QPushButton(self.tr("Add a phone"))
        add.clicked.connect(lambda: self.add_phone(None))
        layout.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Addresses")))
        existing = {a.kind: a for a in reversed(contact.addresses)} if contact else {}
        self.address_rows = [AddressRow(k, existing.get(k), self.validate) for k in AddressKind]
        for row in self.address_rows:
            row.find_requested.connect(self.find_address)
            layout.addWidget(row)
        layout.addStretch(1)
        return page

    def add_phone(self, phone: Phone | None) -> PhoneRow:
        row = PhoneRow(phone, self.validate)
        self.phone_rows.append(row)
        self.phone_box.addWidget(row)
        return row

    def _ties_tab(self, contact: Contact | None) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.tie_checks: dict[TieKind, QCheckBox] = {}
        self.tie_details: dict[TieKind, QLineEdit] = {}
        row = 0
        for family in TieFamily:
            header = QLabel(f"<b>{label(family)}</b>")
            grid.addWidget(header, row, 0, 1, 2)
            row += 1
            for kind in TieKind.of_family(family):
                check = QCheckBox(label(kind))
                detail = QLineEdit()
                detail.setPlaceholderText(
                    self.tr("Detail (optional), e.g. {0}").format(TIE_EXAMPLES[kind])
                )
                held = [t for t in (contact.ties if contact else []) if t.kind is kind]
                check.setChecked(bool(held))
                detail.setText(DETAIL_SEPARATOR.join(t.detail for t in held if t.detail))
                detail.textEdited.connect(lambda _t, box=check: box.setChecked(True))
                grid.addWidget(check, row, 0)
                grid.addWidget(detail, row, 1)
                self.tie_checks[kind] = check
                self.tie_details[kind] = detail
                row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)
        return page

    def _profile_tab(self, contact: Contact | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        friends_row = QWidget(page)
        friends = QHBoxLayout(friends_row)
        friends.setContentsMargins(0, 0, 0, 0)
        self.friend_checks: dict[FriendKind, QCheckBox] = {}
        for kind in FriendKind:
            box = QCheckBox(label(kind))
            box.setChecked(bool(contact and kind in contact.friend_kinds))
            friends.addWidget(box)
            self.friend_checks[kind] = box
        self.tags = QLineEdit("，".join(contact.tags) if contact else "")
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.lead_source = KindCombo(LeadSource, "—")
        self.stage = KindCombo(Stage, self.tr("Not in the pipeline"))
        self.key_client = QCheckBox(self.tr("Key client"))
        self.questions: dict[Question, KindCombo] = {}
        self.score = QLabel()
        questions_box = QWidget(page)
        questions = QGridLayout(questions_box)
        questions.setContentsMargins(0, 0, 0, 0)
        for i, q in enumerate(Question):
            combo = KindCombo(Answer, None)
            combo.set_value(contact.qualification[q] if contact else Answer.UNKNOWN)
            combo.currentIndexChanged.connect(self._show_score)
            questions.addWidget(QLabel(label(q)), i, 0)
            questions.addWidget(combo, i, 1)
            self.questions[q] = combo
        self.introducer = ContactPicker(
            self._ctx,
            contact.introduced_by_name if contact else "",
            self.tr("Type a name to choose who introduced them"),
            exclude_id=contact.id if contact else None,
        )
        self.introducer.chosen_id = contact.introduced_by_id if contact else None
        self.introducer.changed.connect(self.validate)
        self.introducer_problem = ProblemLabel()
        self.hobbies = QLineEdit(contact.hobbies if contact else "")
        self.notes = QPlainTextEdit(contact.notes if contact else "")
        if contact is not None:
            self.lead_source.set_value(contact.lead_source)
            self.stage.set_value(contact.stage)
            self.key_client.setChecked(contact.key_client)
        form.addRow(self.tr("Five kinds of friends"), friends_row)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Lead source"), self.lead_source)
        form.addRow(self.tr("Introduced by"), self.introducer)
        form.addRow("", self.introducer_problem)
        form.addRow(self.tr("Qualification"), questions_box)
        form.addRow("", self.score)
        form.addRow(self.tr("Pipeline stage"), self.stage)
        form.addRow("", self.key_client)
        form.addRow(self.tr("Hobbies"), self.hobbies)
        form.addRow(self.tr("Notes"), self.notes)
        self._show_score()
        return page

    # -- introducer picker ---------------------------------------------------------------

    def choose_introducer(self, contact_id: int, name: str) -> None:
        """Set the introducer directly (also used by tests)."""
        self.introducer.choose(contact_id, name)

    # -- reading the form ----------------------------------------------------------------

    def _show_score(self) -> None:
        yes = sum(1 for combo in self.questions.values() if combo.value() is Answer.YES)
        self.score.setText(self.tr("Score: {0}/5").format(yes))

    def draft(self) -> tuple[Contact, dict[str, str]]:
        """The contact as typed, and the problems only the form can see."""
        problems: dict[str, str] = {}
        calendar_kind = self.birthday_calendar.value()
        for w in (self.birthday_year, self.birthday_month, self.birthday_day):
            w.setEnabled(calendar_kind is not None)
        self.birthday_leap.setEnabled(calendar_kind is CalendarKind.LUNAR)
        birthday = None
        if calendar_kind is not None:
            birthday = Birthday(
                calendar=calendar_kind,
                year=self.birthday_year.value() or None,
                month=self.birthday_month.value(),
                day=self.birthday_day.value(),
                leap=calendar_kind is CalendarKind.LUNAR and self.birthday_leap.isChecked(),
            )
        addresses = []
        for i, row in enumerate(self.address_rows):
            address, problem = row.value()
            addresses.append(address)
            if problem:
                problems[f"addresses.{i}.lat"] = problem
        if self.introducer.text().strip() and self.introducer.chosen_id is None:
            problems["introduced_by"] = "choose_introducer"
        ties: list[Tie] = []
        for kind, check in self.tie_checks.items():
            if check.isChecked():
                details = [d.strip() for d in self.tie_details[kind].text().split(DETAIL_SEPARATOR)]
                details = [d for d in details if d] or [""]
                ties.extend(Tie(kind, d) for d in details)
        tags = [t for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        contact = Contact(
            id=self._original.id if self._original else None,
            name=self.name.text(),
            nickname=self.nickname.text(),
            gender=self.gender.value(),
            birthday=birthday,
            phones=[row.value() for row in self.phone_rows],
            addresses=addresses,
            company=self.company.text(),
            title=self.title_edit.text(),
            occupation=self.occupation.text(),
            education=self.education.value(),
            marital_status=self.marital.value(),
            income_band=self.income.value(),
            hobbies=self.hobbies.text(),
            notes=self.notes.toPlainText(),
            friend_kinds={k for k, box in self.friend_checks.items() if box.isChecked()},
            tags=tags,
            lead_source=self.lead_source.value(),
            qualification={
                q: combo.value() or Answer.UNKNOWN for q, combo in self.questions.items()
            },
            stage=self.stage.value(),
            key_client=self.key_client.isChecked(),
            introduced_by_id=self.introducer.chosen_id,
            ties=ties,
            version=self._original.version if self._original else None,
        )
        return contact, problems

    def validate(self) -> bool:
        """Mark every problem beside its field; enable Save only when there are none."""
        contact, problems = self.draft()
        try:
            c.validate_contact(contact)
        except InvalidContact as exc:
            problems = {**exc.errors, **problems}
        self.show_problems(problems)
        return not problems

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems = problems
        self.name_problem.show_problem(problems.get("name"))
        self.birthday_problem.show_problem(problems.get("birthday"))
        for i, row in enumerate(self.phone_rows):
            row.problem.show_problem(problems.get(f"phones.{i}"))
        for i, address_row in enumerate(self.address_rows):
            address_row.problem.show_problem(
                problems.get(f"addresses.{i}.lat") or problems.get(f"addresses.{i}.lon")
            )
        introducer = problems.get("introduced_by")
        if introducer == "choose_introducer":
            self.introducer_problem.setText(self.tr("Choose a contact from the list."))
            self.introducer_problem.show()
        else:
            self.introducer_problem.show_problem(introducer)
        self.save_button.setEnabled(not problems and not self._saving)
        self.save_button.setToolTip(
            "" if not problems else self.tr("Fix the fields marked in red first.")
        )

    def save(self) -> None:
        if self._saving or not self.validate():
            return
        contact, _ = self.draft()
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.hide()
        self._save_record(contact)

    def _save_record(self, contact: Contact) -> None:
        book = self._book
        self._runner.submit(lambda: book.save(contact), self._on_saved, self._on_failed)

    def find_address(self, row: AddressRow) -> None:
        """Find an address's place: with the geocoder the user set up (AMap, their key),
        else (no key, no answer) its district from the offline gazetteer."""
        text = " ".join(p for p in (row.district.text(), row.text.text()) if p.strip())
        if not text.strip():
            return
        url = self._geocoder_url

        def done(found: list[Found] | None) -> None:
            row.find_district()
            if found is None:
                self.status.setText(
                    self.tr(
                        "No geocoder is set up: only the district was found. Give an AMap "
                        "key in Settings to find the exact place, or pin it on the map."
                    )
                )
            elif not found:
                self.status.setText(self.tr("The geocoder knows no such address."))
            else:
                row.point.set_wgs84(found[0].lat, found[0].lon)
                self.status.setText(
                    self.tr("Found: {0} ({1}).").format(found[0].address, found[0].level)
                )
            self.status.show()

        def failed(error: BaseException) -> None:
            row.find_district()
            self.status.setText(error_text(error))
            self.status.show()

        self.status.setText(self.tr("Finding the address…"))
        self.status.show()
        planning = self._planning
        self._network.submit(lambda: planning.find_address(text, url), done, failed)

    def _take_theirs(self) -> None:
        assert self._original is not None and self._original.id is not None
        self._on_saved(self._original.id)

    def _on_saved(self, contact_id: int) -> None:
        self._saving = False
        self.saved.emit(contact_id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, EditConflict) and error.theirs is not None:
            # Someone else saved this contact meanwhile: the user chooses, field by field.
            resolve_conflict(
                self,
                error,
                self._original,
                self._save_record,
                self._take_theirs,
                lambda: self._stop_saving(error),
            )
            return
        self._stop_saving(error)

    def _stop_saving(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, InvalidContact):
            self.show_problems(error.errors)
        else:
            self.show_problems(self.problems)
        # The form keeps everything typed: the user can retry or copy it out.
        self.status.setText(error_text(error))
        self.status.show()
