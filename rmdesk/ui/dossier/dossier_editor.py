"""The dossier form: every section of DOMAIN.md step 2 for one contact.

Sensitive fields (ID number, health, religion) are marked as such; the ID number is
shown whole only here, checked as it is typed, and its birth date can become the
birthday. The communication style shows its recommended approach as soon as it is
chosen. Company and roles link the person to a corporate client.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import idcard
from rmdesk.domain.contact import Birthday
from rmdesk.domain.dossier import (
    Company,
    CompanyRole,
    Dossier,
    FamilyEvent,
    Job,
    Person,
    completeness,
)
from rmdesk.domain.errors import EditConflict, InvalidDossier
from rmdesk.domain.kinds import (
    CalendarKind,
    Cuisine,
    Introduction,
    Relationship,
    Role,
    Smoking,
    Style,
)
from rmdesk.error_texts import error_text
from rmdesk.labels import approach_text, label, section_name
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.conflict_dialog import resolve_conflict
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ProblemLabel, discard_confirmed
from rmdesk.ui.common.masking import Masker
from rmdesk.ui.dossier.dossier_rows import (
    FamilyEventRow,
    JobRow,
    OptionalDate,
    PersonRow,
    fixed_height,
    text_box,
    top_form,
)

SENSITIVE_STYLE = "color: #8e44ad;"


class DossierEditor(QDialog):
    """`saved(contact_id, percent)` fires once the dossier is stored."""

    saved = Signal(int, int)
    birthday_offered = Signal(object, object)  # a Birthday and a Gender from the ID number

    def __init__(
        self,
        ctx: Context,
        dossier: Dossier,
        name: str,
        companies: list[Company],
        roles: list[CompanyRole],
        names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dossiers = ctx.services.dossiers
        self.runner = ctx.runner
        self.original = dossier
        self.companies = companies
        self.names = names
        self.setWindowTitle(self.tr("Dossier — {0}").format(name))
        self.resize(760, 620)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic(dossier), section_name("basic"))
        self.tabs.addTab(self._education_family(dossier), self.tr("Education and family"))
        self.tabs.addTab(self._people(dossier), section_name("people"))
        self.tabs.addTab(self._career(dossier), section_name("career"))
        self.tabs.addTab(self._life(dossier), section_name("life"))
        self.tabs.addTab(self._character(dossier), self.tr("Character and experience"))
        self.tabs.addTab(self._attitude(dossier), section_name("attitude"))
        self.tabs.addTab(self._company(roles), self.tr("Company"))
        self.tabs.addTab(self._other(dossier), self.tr("Other and introduction"))
        self.progress = QLabel()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._baseline = self.draft()[0]
        self._roles_baseline = self.chosen_roles()
        self._show_progress()
        self.tabs.currentChanged.connect(lambda _i: self._show_progress())

    # -- sections ---------------------------------------------------------------------

    def _sensitive(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setStyleSheet(SENSITIVE_STYLE)
        fixed_height(note)
        return note

    def _basic(self, d: Dossier) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.address_as = QLineEdit(d.address_as)
        self.address_as.setPlaceholderText(self.tr("e.g. 王总, 李老师"))
        self.id_number = QLineEdit(d.id_number)
        self.id_number.setPlaceholderText(self.tr("18 characters"))
        self.id_problem = ProblemLabel()
        self.id_info = QLabel()  # what a valid number says: sex, birth date, province
        self.id_info.setStyleSheet("color: palette(placeholder-text)")
        self.id_info.hide()
        self.use_birthday = QPushButton(self.tr("Use its birth date and sex for the contact"))
        self.use_birthday.setEnabled(False)
        self.use_birthday.clicked.connect(self._offer_birthday)
        self.id_number.textChanged.connect(self._check_id)
        self.ethnicity = QLineEdit(d.ethnicity)
        self.hukou = QLineEdit(d.hukou)
        self.nationality = QLineEdit(d.nationality)
        self.blood_type = QComboBox()
        self.blood_type.addItems(["", "A", "B", "O", "AB"])
        self.blood_type.setCurrentText(d.blood_type)
        self.height_cm = QSpinBox()
        self.height_cm.setRange(0, 260)
        self.height_cm.setSpecialValueText(self.tr("unknown"))
        self.height_cm.setSuffix(" cm")
        self.height_cm.setValue(d.height_cm or 0)
        self.weight_kg = QSpinBox()
        self.weight_kg.setRange(0, 400)
        self.weight_kg.setSpecialValueText(self.tr("unknown"))
        self.weight_kg.setSuffix(" kg")
        self.weight_kg.setValue(d.weight_kg or 0)
        form.addRow(self.tr("Address as"), self.address_as)
        self.id_holder = QWidget()  # the field and its "Show", once the masker exists
        QHBoxLayout(self.id_holder).setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("ID-card number"), self.id_holder)
        form.addRow("", self.id_problem)
        form.addRow("", self.id_info)
        form.addRow(
            "",
            self._sensitive(
                self.tr("Sensitive: shown masked everywhere else and left out of exports.")
            ),
        )
        form.addRow("", self.use_birthday)
        form.addRow(self.tr("Ethnicity"), self.ethnicity)
        form.addRow(self.tr("Household registration"), self.hukou)
        form.addRow(self.tr("Nationality"), self.nationality)
        form.addRow(self.tr("Blood type"), self.blood_type)
        form.addRow(self.tr("Height"), self.height_cm)
        form.addRow(self.tr("Weight"), self.weight_kg)
        self._check_id(d.id_number)
        return page

    def _education_family(self, d: Dossier) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.education = text_box(d.education_notes, 120)
        self.education.setPlaceholderText(self.tr("Schools, degrees, classmates worth knowing"))
        self.family = text_box(d.family_notes, 160)
        self.family.setPlaceholderText(self.tr("Spouse, children, parents; dates that matter"))
        self.wedding = OptionalDate(d.wedding_date)
        self.event_box = QVBoxLayout()
        self.event_rows: list[FamilyEventRow] = []
        for event in d.family_events:
            self._add_event(event)
        self.add_event = add = QPushButton(self.tr("Add a family event"))
        add.setToolTip(self.tr("A child's exam, a wedding, a parent's birthday: Today reminds you"))
        add.clicked.connect(lambda: self._add_event(None))
        events = QWidget()
        col = QVBoxLayout(events)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(self.event_box)
        col.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(section_name("education"), self.education)
        form.addRow(section_name("family"), self.family)
        form.addRow(self.tr("Wedding date"), self.wedding)
        form.addRow(self.tr("Family events"), events)
        return page

    def _add_event(self, event: FamilyEvent | None) -> None:
        row = FamilyEventRow(event)
        row.destroyed.connect(lambda _o=None, r=row: self._forget(self.event_rows, r))
        self.event_rows.append(row)
        self.event_box.addWidget(row)

    def _people(self, d: Dossier) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.people_box = QVBoxLayout()
        self.people_rows: list[PersonRow] = []
        for person in d.people:
            self._add_person(person)
        add = QPushButton(self.tr("Add a person"))
        add.clicked.connect(lambda: self._add_person(None))
        self.people_notes = text_box(d.people_notes)
        self.people_notes.setPlaceholderText(self.tr("How they see relationships"))
        col.addWidget(QLabel(self.tr("Relatives, friends, neighbours (#id links a contact)")))
        col.addLayout(self.people_box)
        col.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.people_notes)
        col.addStretch(1)
        return page

    def _add_person(self, person: Person | None) -> None:
        row = PersonRow(person, self.names)
        row.destroyed.connect(lambda _o=None, r=row: self._forget(self.people_rows, r))
        self.people_rows.append(row)
        self.people_box.addWidget(row)

    def _forget(self, rows: list, row: QWidget) -> None:
        if row in rows:
            rows.remove(row)

    def _career(self, d: Dossier) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.job_box = QVBoxLayout()
        self.job_rows: list[JobRow] = []
        for job in d.jobs:
            self._add_job(job)
        add = QPushButton(self.tr("Add a job"))
        add.clicked.connect(lambda: self._add_job(None))
        self.career = text_box(d.career_notes, 120)
        self.career.setPlaceholderText(
            self.tr("Standing in the company, proudest achievement, present and future focus")
        )
        col.addLayout(self.job_box)
        col.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.career)
        col.addStretch(1)
        return page

    def _add_job(self, job: Job | None) -> None:
        row = JobRow(job)
        row.destroyed.connect(lambda _o=None, r=row: self._forget(self.job_rows, r))
        self.job_rows.append(row)
        self.job_box.addWidget(row)

    def _life(self, d: Dossier) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.health = text_box(d.health)
        self.religion = QLineEdit(d.religion)  # on the character tab
        self.masker = Masker(self, [self.id_number, self.religion], [self.health])
        layout = self.id_holder.layout()
        assert layout is not None
        layout.addWidget(self.masker.beside(self.id_number))
        self.drinks = QLineEdit(d.drinks)
        self.drinks.setPlaceholderText(self.tr("e.g. 白酒, 红酒, 不喝酒"))
        self.drink_amount = QLineEdit(d.drink_amount)
        self.drink_amount.setPlaceholderText(self.tr("e.g. 半斤"))
        self.smoking = KindCombo(Smoking, self.tr("unknown"))
        self.smoking.set_value(d.smoking)
        cuisines = QWidget()
        grid = QGridLayout(cuisines)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cuisines: dict[Cuisine, QCheckBox] = {}
        for n, cuisine in enumerate(Cuisine):
            box = QCheckBox(label(cuisine))
            box.setChecked(cuisine in d.cuisines)
            self.cuisines[cuisine] = box
            grid.addWidget(box, n // 4, n % 4)
        self.allergies = QLineEdit(d.allergies)
        self.allergies.setPlaceholderText(self.tr("e.g. 海鲜过敏"))
        self.restaurants = QLineEdit(d.restaurants)
        self.life_notes = text_box(d.life_notes)
        self.life_notes.setPlaceholderText(
            self.tr("Motto, holidays, sports, favourite topics, goals")
        )
        form.addRow(self.tr("Health"), self.masker.cover_of(self.health))
        form.addRow("", self._sensitive(self.tr("Sensitive: left out of exports.")))
        drink_row = QWidget()
        line = QHBoxLayout(drink_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.drinks)
        line.addWidget(self.drink_amount)
        form.addRow(self.tr("Drinks"), fixed_height(drink_row))
        form.addRow(self.tr("Smoking"), self.smoking)
        form.addRow(self.tr("Cuisines"), cuisines)
        form.addRow(self.tr("Food allergies"), self.allergies)
        form.addRow(self.tr("Restaurants"), self.restaurants)
        form.addRow(self.tr("Notes"), self.life_notes)
        return page

    def _character(self, d: Dossier) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.taboos = text_box(d.taboos)
        self.taboos.setPlaceholderText(self.tr("What not to mention or do"))
        self.style_box = KindCombo(Style, self.tr("not known"))
        self.style_box.set_value(d.style)
        self.approach = QLabel()
        self.approach.setWordWrap(True)
        self.approach.setStyleSheet("color: #1f6feb;")
        self.style_box.currentIndexChanged.connect(lambda _i: self._show_approach())
        self.character = text_box(d.character_notes)
        self.character.setPlaceholderText(self.tr("Clubs, values, strengths, books"))
        self.experience = text_box(d.experience_notes, 100)
        self.experience.setPlaceholderText(
            self.tr("Their view of their life, 10-year goal, regrets, what they want to finish")
        )
        form.addRow(self.tr("Religion"), self.masker.beside(self.religion))
        form.addRow("", self._sensitive(self.tr("Sensitive: left out of exports.")))
        form.addRow(self.tr("Taboos"), self.taboos)
        form.addRow(self.tr("Communication style"), self.style_box)
        form.addRow("", self.approach)
        form.addRow(section_name("character"), self.character)
        form.addRow(section_name("experience"), self.experience)
        self._show_approach()
        return page

    def _show_approach(self) -> None:
        style = self.style_box.value()
        self.approach.setText(approach_text(style) if style else "")

    def _attitude(self, d: Dossier) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.opinion = text_box(d.opinion_of_us)
        self.banks = QLineEdit("、".join(d.competitor_banks))
        self.banks.setPlaceholderText(self.tr("Other banks they use, separated by 、 or ,"))
        self.favoured = QLineEdit(d.favoured_bank)
        self.first_business = OptionalDate(d.first_business)
        self.business = text_box(d.business_with_us)
        self.relationship = KindCombo(Relationship, self.tr("not known"))
        self.relationship.set_value(d.relationship)
        form.addRow(self.tr("Opinion of us"), self.opinion)
        form.addRow(self.tr("Other banks"), self.banks)
        form.addRow(self.tr("Favoured bank"), self.favoured)
        form.addRow(self.tr("First business with us"), self.first_business)
        form.addRow(self.tr("Business with us"), self.business)
        form.addRow(self.tr("Relationship"), self.relationship)
        return page

    def _company(self, roles: list[CompanyRole]) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.addItem("", None)
        for company in self.companies:
            self.company.addItem(company.name, company.id)
        current = roles[0].company_id if roles else None
        index = self.company.findData(current) if current is not None else 0
        self.company.setCurrentIndex(max(index, 0))
        self.roles: dict[Role, QCheckBox] = {}
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        held = {r.role for r in roles}
        for n, role in enumerate(Role):
            box = QCheckBox(label(role))
            box.setChecked(role in held)
            self.roles[role] = box
            grid.addWidget(box, n // 3, n % 3)
        note = QLabel(
            self.tr(
                "A new company name creates the company; its own dossier is under "
                "Planning → Companies."
            )
        )
        note.setWordWrap(True)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Roles"), boxes)
        form.addRow("", note)
        return page

    def _other(self, d: Dossier) -> QWidget:
        page = QWidget()
        form = top_form(page)
        self.other = text_box(d.other_notes, 120)
        self.other.setPlaceholderText(
            self.tr("Ethical concerns, openness to advice, stubbornness, management issues")
        )
        self.introduction = KindCombo(Introduction, self.tr("not introduced"))
        self.introduction.set_value(d.introduction)
        self.thanked = QCheckBox(self.tr("The introducer has been told and thanked"))
        self.thanked.setChecked(d.introducer_thanked is not None)
        form.addRow(section_name("other"), self.other)
        form.addRow(self.tr("Introduction"), self.introduction)
        form.addRow("", self.thanked)
        return page

    # -- ID number --------------------------------------------------------------------

    def _check_id(self, text: str) -> None:
        code = idcard.problem(text)
        self.id_problem.show_problem(code)
        valid = bool(text.strip()) and code is None
        self.use_birthday.setEnabled(valid)
        self.id_info.setVisible(valid)
        if valid:
            # What the number says, for the RM to compare with the card in front of them.
            born, sex = idcard.birth_date(text), idcard.sex(text)
            self.id_info.setText(
                self.tr("{0}, born {1}, issued in {2}").format(
                    label(sex) if sex else "",
                    born.isoformat() if born else "",
                    idcard.province(text),
                )
            )

    def _offer_birthday(self) -> None:
        text = self.id_number.text()
        born = idcard.birth_date(text)
        if born is not None:
            self.birthday_offered.emit(
                Birthday(CalendarKind.SOLAR, born.month, born.day, born.year), idcard.sex(text)
            )
            self.use_birthday.setText(self.tr("Birthday and sex set from the ID number"))
            self.use_birthday.setEnabled(False)

    # -- the dossier ------------------------------------------------------------------

    def draft(self) -> tuple[Dossier, dict[str, str]]:
        banks = [
            b.strip() for b in self.banks.text().replace(",", "、").replace("，", "、").split("、")
        ]
        thanked = self.original.introducer_thanked
        if self.thanked.isChecked() and thanked is None:
            thanked = dt.date.today()
        elif not self.thanked.isChecked():
            thanked = None
        d = dataclasses.replace(
            self.original,
            address_as=self.address_as.text().strip(),
            id_number=idcard.normalize(self.id_number.text()),
            ethnicity=self.ethnicity.text().strip(),
            hukou=self.hukou.text().strip(),
            nationality=self.nationality.text().strip(),
            blood_type=self.blood_type.currentText(),
            height_cm=self.height_cm.value() or None,
            weight_kg=self.weight_kg.value() or None,
            education_notes=self.education.toPlainText().strip(),
            family_notes=self.family.toPlainText().strip(),
            wedding_date=self.wedding.value(),
            family_events=[r.value() for r in self.event_rows if r.value().what],
            people=[r.value() for r in self.people_rows if r.value().name or r.value().linked_id],
            people_notes=self.people_notes.toPlainText().strip(),
            jobs=[r.value() for r in self.job_rows if r.value().employer],
            career_notes=self.career.toPlainText().strip(),
            health=self.health.toPlainText().strip(),
            drinks=self.drinks.text().strip(),
            drink_amount=self.drink_amount.text().strip(),
            smoking=self.smoking.value(),
            cuisines=[c for c, box in self.cuisines.items() if box.isChecked()],
            allergies=self.allergies.text().strip(),
            restaurants=self.restaurants.text().strip(),
            life_notes=self.life_notes.toPlainText().strip(),
            religion=self.religion.text().strip(),
            taboos=self.taboos.toPlainText().strip(),
            style=self.style_box.value(),
            character_notes=self.character.toPlainText().strip(),
            experience_notes=self.experience.toPlainText().strip(),
            opinion_of_us=self.opinion.toPlainText().strip(),
            competitor_banks=[b for b in banks if b],
            favoured_bank=self.favoured.text().strip(),
            first_business=self.first_business.value(),
            business_with_us=self.business.toPlainText().strip(),
            relationship=self.relationship.value(),
            other_notes=self.other.toPlainText().strip(),
            introduction=self.introduction.value(),
            introducer_thanked=thanked,
        )
        problems = {}
        id_problem = idcard.problem(d.id_number)
        if id_problem:
            problems["id_number"] = id_problem
        return d, problems

    def chosen_roles(self) -> tuple[str, list[Role]]:
        return self.company.currentText().strip(), [
            r for r, box in self.roles.items() if box.isChecked()
        ]

    def _show_progress(self) -> None:
        percent, empty = completeness(self.draft()[0])
        gaps = "、".join(section_name(s) for s in empty)
        self.progress.setText(
            self.tr("{0}% complete").format(percent)
            + (self.tr("; empty: {0}").format(gaps) if gaps else "")
        )

    def has_changes(self) -> bool:
        return self.draft()[0] != self._baseline or self.chosen_roles() != self._roles_baseline

    def save(self) -> None:
        dossier, problems = self.draft()
        if problems:
            self.id_problem.show_problem(problems.get("id_number"))
            self.tabs.setCurrentIndex(0)
            return
        self._save_record(dossier)

    def _save_record(self, dossier: Dossier) -> None:
        """The dossier and the company roles, in one transaction."""
        company_name, roles = self.chosen_roles()
        dossiers = self.dossiers
        self.runner.submit(
            lambda: dossiers.save(dossier, company_name, roles),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, percent: int) -> None:
        self._baseline = self.draft()[0]
        self._roles_baseline = self.chosen_roles()
        self.saved.emit(self.original.contact_id, percent)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, EditConflict) and error.theirs is not None:
            # Someone else saved this dossier meanwhile: the user chooses, field by field.
            resolve_conflict(
                self,
                error,
                self.original,
                self._save_record,
                lambda: self._on_saved(-1),
                lambda: None,
            )
            return
        if isinstance(error, InvalidDossier):
            self.id_problem.show_problem(error.errors.get("id_number"))
        QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def reject(self) -> None:
        if self.has_changes() and not discard_confirmed(
            self,
            self.tr("Discard changes?"),
            self.tr("This dossier has changes that are not saved. Discard them?"),
        ):
            return
        super().reject()
