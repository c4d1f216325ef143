"""Someone else saved the record while it was open here: both versions side by side.

Field by field, the user keeps theirs or takes the other; nothing is decided for them.
Each choice starts from a three-way comparison with the copy the editor opened: a field
only this user changed starts on theirs, a field only the other person changed starts
on the other's, and a field both changed is marked and starts on this user's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.errors import EditConflict
from rmdesk.domain.kinds import Kind
from rmdesk.domain.versions import differing_fields, merged, same
from rmdesk.domain.visit import VisitTime
from rmdesk.labels import label


def field_labels() -> dict[str, str]:
    """Display names of the fields of contacts, dossiers, companies and visit plans."""
    return {
        # contacts
        "name": QCoreApplication.translate("Fields", "Name"),
        "nickname": QCoreApplication.translate("Fields", "Nickname"),
        "gender": QCoreApplication.translate("Fields", "Gender"),
        "birthday": QCoreApplication.translate("Fields", "Birthday"),
        "phones": QCoreApplication.translate("Fields", "Phones"),
        "addresses": QCoreApplication.translate("Fields", "Addresses"),
        "company": QCoreApplication.translate("Fields", "Company"),
        "title": QCoreApplication.translate("Fields", "Title"),
        "occupation": QCoreApplication.translate("Fields", "Occupation"),
        "education": QCoreApplication.translate("Fields", "Education"),
        "marital_status": QCoreApplication.translate("Fields", "Marital status"),
        "income_band": QCoreApplication.translate("Fields", "Income"),
        "hobbies": QCoreApplication.translate("Fields", "Hobbies"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "friend_kinds": QCoreApplication.translate("Fields", "Five kinds of friends"),
        "tags": QCoreApplication.translate("Fields", "Tags"),
        "lead_source": QCoreApplication.translate("Fields", "Lead source"),
        "qualification": QCoreApplication.translate("Fields", "Qualification"),
        "stage": QCoreApplication.translate("Fields", "Pipeline stage"),
        "key_client": QCoreApplication.translate("Fields", "Key client"),
        "introduced_by_id": QCoreApplication.translate("Fields", "Introduced by"),
        "ties": QCoreApplication.translate("Fields", "Ties and bonds"),
        # dossiers
        "address_as": QCoreApplication.translate("Fields", "Address as"),
        "id_number": QCoreApplication.translate("Fields", "ID-card number"),
        "ethnicity": QCoreApplication.translate("Fields", "Ethnicity"),
        "hukou": QCoreApplication.translate("Fields", "Household registration"),
        "nationality": QCoreApplication.translate("Fields", "Nationality"),
        "blood_type": QCoreApplication.translate("Fields", "Blood type"),
        "height_cm": QCoreApplication.translate("Fields", "Height"),
        "weight_kg": QCoreApplication.translate("Fields", "Weight"),
        "education_notes": QCoreApplication.translate("Fields", "Education notes"),
        "family_notes": QCoreApplication.translate("Fields", "Family"),
        "wedding_date": QCoreApplication.translate("Fields", "Wedding date"),
        "family_events": QCoreApplication.translate("Fields", "Family events"),
        "people": QCoreApplication.translate("Fields", "People"),
        "people_notes": QCoreApplication.translate("Fields", "Notes on people"),
        "jobs": QCoreApplication.translate("Fields", "Career history"),
        "career_notes": QCoreApplication.translate("Fields", "Career"),
        "health": QCoreApplication.translate("Fields", "Health"),
        "drinks": QCoreApplication.translate("Fields", "Drinks"),
        "drink_amount": QCoreApplication.translate("Fields", "How much"),
        "smoking": QCoreApplication.translate("Fields", "Smoking"),
        "cuisines": QCoreApplication.translate("Fields", "Cuisines"),
        "allergies": QCoreApplication.translate("Fields", "Food allergies"),
        "restaurants": QCoreApplication.translate("Fields", "Restaurants"),
        "life_notes": QCoreApplication.translate("Fields", "Life"),
        "religion": QCoreApplication.translate("Fields", "Religion"),
        "taboos": QCoreApplication.translate("Fields", "Taboos"),
        "style": QCoreApplication.translate("Fields", "Communication style"),
        "character_notes": QCoreApplication.translate("Fields", "Character"),
        "experience_notes": QCoreApplication.translate("Fields", "Experience"),
        "opinion_of_us": QCoreApplication.translate("Fields", "Opinion of us"),
        "competitor_banks": QCoreApplication.translate("Fields", "Other banks"),
        "favoured_bank": QCoreApplication.translate("Fields", "Favoured bank"),
        "first_business": QCoreApplication.translate("Fields", "First business with us"),
        "business_with_us": QCoreApplication.translate("Fields", "Business with us"),
        "relationship": QCoreApplication.translate("Fields", "Relationship"),
        "other_notes": QCoreApplication.translate("Fields", "Other"),
        "introduction": QCoreApplication.translate("Fields", "Introduction"),
        "introducer_thanked": QCoreApplication.translate("Fields", "Introducer thanked"),
        # companies, industries
        "scale": QCoreApplication.translate("Fields", "Scale"),
        "products": QCoreApplication.translate("Fields", "Products"),
        "management": QCoreApplication.translate("Fields", "Management"),
        "finance": QCoreApplication.translate("Fields", "Finance"),
        "related_companies": QCoreApplication.translate("Fields", "Related companies"),
        "industry_id": QCoreApplication.translate("Fields", "Industry"),
        "cost_structure": QCoreApplication.translate("Fields", "Cost structure"),
        "profitability": QCoreApplication.translate("Fields", "Profitability"),
        "dependencies": QCoreApplication.translate("Fields", "Dependence on other industries"),
        "substitutability": QCoreApplication.translate("Fields", "Substitutability"),
        "life_cycle": QCoreApplication.translate("Fields", "Life cycle"),
        "competition": QCoreApplication.translate("Fields", "Competition"),
        # visit plans
        "time": QCoreApplication.translate("Fields", "Time"),
        "purpose": QCoreApplication.translate("Fields", "Purpose"),
        "content": QCoreApplication.translate("Fields", "Content"),
        "person_name": QCoreApplication.translate("Fields", "Person to see"),
        "person_role": QCoreApplication.translate("Fields", "Their role"),
        "place_text": QCoreApplication.translate("Fields", "Place"),
        "place_lat": QCoreApplication.translate("Fields", "Latitude"),
        "place_lon": QCoreApplication.translate("Fields", "Longitude"),
        "mode": QCoreApplication.translate("Fields", "Mode"),
        "strategy": QCoreApplication.translate("Fields", "Strategy"),
        "materials": QCoreApplication.translate("Fields", "Materials"),
        "status": QCoreApplication.translate("Fields", "Status"),
    }


def display_value(value: Any) -> str:
    """A field's value as one readable line (kinds by their translated names)."""
    empty = QCoreApplication.translate("Fields", "(empty)")
    if value is None or value == "" or value == [] or value == set():
        return empty
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Fields", "Yes")
            if value
            else QCoreApplication.translate("Fields", "No")
        )
    if isinstance(value, Kind):
        return label(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return "; ".join(f"{display_value(k)}: {display_value(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        items = [display_value(v) for v in value]
        return "; ".join(sorted(items) if isinstance(value, set | frozenset) else items)
    if isinstance(value, VisitTime):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [
            display_value(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) not in (None, "", [], False)
        ]
        return " ".join(p for p in parts if p != empty)
    return str(value)


class ConflictDialog(QDialog):
    """Both versions, field by field; `result_record()` is what to save (None: nothing,
    the other version stands)."""

    def __init__(self, conflict: EditConflict, base: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.mine, self.theirs, self.base = conflict.mine, conflict.theirs, base
        self._choice: str | None = None
        names = field_labels()
        self.fields = differing_fields(self.mine, self.theirs)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}

        intro = QLabel(
            self.tr(
                "Someone else saved this record after you opened it. Nothing of yours is "
                "lost yet: choose, for each field that differs, which version to keep."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Field")), 0, 0)
        grid.addWidget(self._bold(self.tr("Yours")), 0, 1)
        grid.addWidget(self._bold(self.tr("Saved by the other")), 0, 2)
        for row, name in enumerate(self.fields, start=1):
            both = base is not None and (
                not same(getattr(base, name, None), getattr(self.mine, name))
                and not same(getattr(base, name, None), getattr(self.theirs, name))
            )
            title = names.get(name, name)
            caption = QLabel(self.tr("{0} (changed by both)").format(title) if both else title)
            if both:
                caption.setStyleSheet("color: #b00020; font-weight: bold")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            mine_button = self._choice_button(getattr(self.mine, name))
            theirs_button = self._choice_button(getattr(self.theirs, name))
            group = QButtonGroup(self)
            group.addButton(mine_button)
            group.addButton(theirs_button)
            untouched_here = base is not None and same(
                getattr(base, name, None), getattr(self.mine, name)
            )
            (theirs_button if untouched_here else mine_button).setChecked(True)
            grid.addWidget(mine_button, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs_button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.groups[name] = (mine_button, theirs_button)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)  # rows stay together at the top
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("&Save as chosen"))
        self.mine_button = QPushButton(self.tr("Keep all of &mine"))
        self.theirs_button = QPushButton(self.tr("&Take theirs, drop mine"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self._choose("merge"))
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, min(180 + 48 * max(1, len(self.fields)), 600))

    @staticmethod
    def _bold(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setStyleSheet("font-weight: bold")
        return caption

    @staticmethod
    def _choice_button(value: Any) -> QRadioButton:
        text = display_value(value)
        button = QRadioButton(text if len(text) <= 120 else text[:117] + "…")
        button.setToolTip(text)
        return button

    def _choose(self, choice: str) -> None:
        self._choice = choice
        self.accept()

    def choose_mine(self, name: str, mine: bool) -> None:
        """Pick one field's version (as a click on its button would)."""
        self.groups[name][0 if mine else 1].setChecked(True)

    def kept_mine(self) -> set[str]:
        return {name for name, (mine, _theirs) in self.groups.items() if mine.isChecked()}

    def result_record(self) -> Any:
        """What to save after the user chose; None when their version stands as it is."""
        if self._choice == "theirs" or self.theirs is None:
            return None
        chosen = set(self.fields) if self._choice == "mine" else self.kept_mine()
        if not chosen:
            return None
        return merged(self.mine, self.theirs, chosen)


def resolve_conflict(
    parent: QWidget,
    conflict: EditConflict,
    base: Any,
    save: Callable[[Any], None],
    dropped: Callable[[], None],
    cancelled: Callable[[], None],
) -> ConflictDialog:
    """Show the dialog; then `save(record)` what the user chose, or `dropped()` when the
    other version stands, or `cancelled()`: back to the editor with nothing saved."""
    dialog = ConflictDialog(conflict, base, parent)

    def finished(code: int) -> None:
        if code != QDialog.DialogCode.Accepted:
            cancelled()
            return
        record = dialog.result_record()
        if record is None:
            dropped()
        else:
            save(record)

    dialog.finished.connect(finished)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
