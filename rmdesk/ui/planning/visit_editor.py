"""Create or edit a visit plan: the nine parts of DOMAIN.md step 2, and its status.

For a new visit, "Offer two times" asks the planner for the two slots of the chosen day
that fit the plan already made with the least extra driving (二择一), to read out on the
phone; choosing one fills in a fixed appointment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import visit as v
from rmdesk.domain.errors import EditConflict, InvalidVisit
from rmdesk.domain.kinds import (
    AddressKind,
    Audience,
    Formality,
    Material,
    Setting,
    VisitPurpose,
    VisitStatus,
)
from rmdesk.domain.visit import MaterialItem, VisitMode, VisitPlan, VisitTime
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.planning.day import SlotsToOffer
from rmdesk.planning.places import VisitPlace
from rmdesk.planning.route import Slot
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.conflict_dialog import resolve_conflict
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.coordinates import CoordinateEdit
from rmdesk.ui.common.forms import KindCombo, ProblemLabel, discard_confirmed
from rmdesk.ui.common.qdates import qdate, qtime, to_date, to_time


class VisitEditor(QDialog):
    """The visit plan form. `saved(id)` fires once the plan is stored."""

    saved = Signal(int)
    pick_requested = Signal()  # the user wants to click the visit's place on the map

    def __init__(
        self,
        ctx: Context,
        plan: VisitPlan,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.visits = ctx.services.planning
        self.runner = ctx.runner
        self.network = ctx.network  # offering times may ask a road-routing server
        self.original = plan
        self.slots: list[Slot] = []
        self.setWindowTitle(
            self.tr("Visit plan — {0}").format(client_name)
            if plan.id is None
            else self.tr("Edit visit plan — {0}").format(client_name)
        )
        self.resize(620, 560)
        tabs = QTabWidget()
        tabs.addTab(self._when_tab(plan), self.tr("Purpose and time"))
        tabs.addTab(self._how_tab(plan), self.tr("Person, place, mode"))
        tabs.addTab(self._bring_tab(plan), self.tr("Strategy and materials"))
        self.tabs = tabs
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._baseline = self.draft()

    # -- tabs -------------------------------------------------------------------------

    def _when_tab(self, plan: VisitPlan) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.status = KindCombo(VisitStatus, None)
        self.status.set_value(plan.status)
        self.purpose = KindCombo(VisitPurpose, None)
        self.purpose.set_value(plan.purpose)
        self.content = QPlainTextEdit(plan.content)
        self.content.setPlaceholderText(self.tr("What to talk about, what to achieve"))
        self.content.setMaximumHeight(80)
        t = plan.time
        self.day = QDateEdit(qdate(t.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.fixed = QCheckBox(self.tr("Fixed appointment"))
        self.fixed.setChecked(t.fixed)
        self.start = QTimeEdit(qtime(t.window_start))
        self.start.setDisplayFormat("HH:mm")
        self.latest = QTimeEdit(qtime(t.window_end if not t.fixed else dt.time(17, 30)))
        self.latest.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(1, v.MAX_DURATION_MIN)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(t.duration_min)
        self.time_problem = ProblemLabel()
        self.latest_label = QLabel(self.tr("Latest end"))
        self.start_label = QLabel()
        self.fixed.toggled.connect(self._fixed_changed)
        self.route = QLabel(self._route_text(plan))
        self.route.setWordWrap(True)
        self.offer = QPushButton(self.tr("Offer two times (二择一)"))
        self.offer.setToolTip(
            self.tr("The two times on this day that fit your plan with the least extra driving")
        )
        self.offer.clicked.connect(self.offer_slots)
        self.slot_buttons = [QPushButton(), QPushButton()]
        for n, button in enumerate(self.slot_buttons):
            button.hide()
            button.clicked.connect(lambda _c=False, k=n: self.choose_slot(k))
        self.slot_note = QLabel()
        self.slot_note.setWordWrap(True)
        slot_row = QHBoxLayout()
        slot_row.addWidget(self.offer)
        for button in self.slot_buttons:
            slot_row.addWidget(button)
        slot_row.addStretch(1)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Day"), self.day)
        form.addRow("", self.fixed)
        form.addRow(self.start_label, self.start)
        form.addRow(self.latest_label, self.latest)
        form.addRow(self.tr("Duration"), self.minutes)
        form.addRow("", self.time_problem)
        form.addRow("", slot_row)
        form.addRow("", self.slot_note)
        form.addRow(self.tr("Route"), self.route)
        self._fixed_changed(t.fixed)
        return page

    def _how_tab(self, plan: VisitPlan) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.person = QLineEdit(plan.person_name)
        self.person.setPlaceholderText(self.tr("Who you will see, if not the client"))
        self.role = QLineEdit(plan.person_role)
        self.role.setPlaceholderText(self.tr("e.g. 财务总监"))
        self.at_client = QCheckBox(self.tr("At the client's address"))
        self.at_client.setChecked(plan.at_client_address)
        # Which of the client's addresses: the visit goes there and nowhere else.
        self.client_address = QComboBox()
        self.client_address.addItem(self.tr("the first address"), None)
        self.client_address.setMinimumContentsLength(24)
        self._addresses_shown = False
        self.place = QLineEdit(plan.place_text)
        self.place.setPlaceholderText(self.tr("e.g. 椒江万达 星巴克"))
        self.place_point = CoordinateEdit(plan.place_lat, plan.place_lon)
        self.place_lat, self.place_lon = self.place_point.lat, self.place_point.lon
        self.pick_button = QPushButton(self.tr("Pick on the map"))
        self.pick_button.setToolTip(self.tr("This window steps aside while you click the map."))
        self.pick_button.clicked.connect(self.pick_requested)
        self.place_problem = ProblemLabel()
        self.at_client.toggled.connect(self._place_changed)
        self.formality = KindCombo(Formality, None)
        self.formality.set_value(plan.mode.formality)
        self.setting = KindCombo(Setting, None)
        self.setting.set_value(plan.mode.setting)
        self.audience = KindCombo(Audience, None)
        self.audience.set_value(plan.mode.audience)
        # Picking on the map works whatever the choice above: it makes the place another.
        coords = QWidget()
        coords_line = QHBoxLayout(coords)
        coords_line.setContentsMargins(0, 0, 0, 0)
        coords_line.addWidget(self.place_point, 1)
        coords_line.addWidget(self.pick_button)
        form.addRow(self.tr("Person to see"), self.person)
        form.addRow(self.tr("Their role"), self.role)
        at_row = QWidget()
        at_line = QHBoxLayout(at_row)
        at_line.setContentsMargins(0, 0, 0, 0)
        at_line.addWidget(self.at_client)
        at_line.addWidget(self.client_address, 1)
        form.addRow(self.tr("Place"), at_row)
        form.addRow("", self.place)
        form.addRow("", coords)
        form.addRow("", self.place_problem)
        form.addRow(self.tr("Formality"), self.formality)
        form.addRow(self.tr("Setting"), self.setting)
        form.addRow(self.tr("Audience"), self.audience)
        # DOMAIN.md step 3, by My details' gender and the client's.
        self.companion = QLabel(
            self.tr("A male RM visiting a female client brings a female colleague along.")
        )
        self.companion.setWordWrap(True)
        self.companion.setStyleSheet("color: #b9770e;")
        self.companion.hide()
        form.addRow("", self.companion)
        self._place_changed(self.at_client.isChecked())
        visits, cid = self.visits, plan.contact_id
        self.runner.submit(lambda: visits.client_addresses(cid), self._show_addresses)
        self.runner.submit(lambda: visits.needs_female_colleague(cid), self.companion.setVisible)
        return page

    def _show_addresses(self, addresses: list[VisitPlace]) -> None:
        """The client's addresses to choose from, each saying whether it has a pin."""
        kind = self.original.address_kind
        self.client_address.clear()
        for place in addresses:
            where = place.text or place.district
            text = f"{label(AddressKind(place.kind))}: {where}"
            if place.point is None:
                text += " — " + self.tr("no location")
            elif place.approx:
                text += " — " + self.tr("no pin: district centre")
            self.client_address.addItem(text, place.kind)
        if not addresses:
            self.client_address.addItem(self.tr("the client has no address"), None)
        index = self.client_address.findData(kind.value) if kind is not None else 0
        self.client_address.setCurrentIndex(max(index, 0))
        self._addresses_shown = True
        self._baseline = self.draft()

    def _bring_tab(self, plan: VisitPlan) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.strategy = QPlainTextEdit(plan.strategy)
        self.strategy.setPlaceholderText(self.tr("Greeting, approach, conversation, leave-taking"))
        self.materials = QListWidget()
        chosen = {m.item: m.packed for m in plan.materials}
        standard = [m.zh for m in Material]
        for material in Material:
            self._add_material(
                label(material), material.zh, material.zh in chosen, chosen.get(material.zh, False)
            )
        for item in plan.materials:
            if item.item not in standard:
                self._add_material(item.item, item.item, True, item.packed)
        self.new_material = QLineEdit()
        self.new_material.setPlaceholderText(self.tr("Another thing to bring"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_custom)
        self.new_material.returnPressed.connect(self._add_custom)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.new_material, 1)
        line.addWidget(add)
        form.addRow(self.tr("Strategy"), self.strategy)
        form.addRow(self.tr("Materials"), self.materials)
        form.addRow("", row)
        return page

    def _add_material(self, text: str, item: str, chosen: bool, packed: bool) -> None:
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, item)
        entry.setData(Qt.ItemDataRole.UserRole + 1, packed)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.materials.addItem(entry)

    def _add_custom(self) -> None:
        text = self.new_material.text().strip()
        if text:
            self._add_material(text, text, True, False)
            self.new_material.clear()

    def _fixed_changed(self, fixed: bool) -> None:
        self.start_label.setText(self.tr("Start") if fixed else self.tr("Earliest start"))
        self.latest.setVisible(not fixed)
        self.latest_label.setVisible(not fixed)

    def set_place(self, lat: float, lon: float) -> None:
        """A place picked on the map (WGS-84): the visit goes there, not to the client."""
        self.at_client.setChecked(False)
        self.place_point.set_wgs84(lat, lon)

    def _place_changed(self, at_client: bool) -> None:
        self.client_address.setEnabled(at_client)
        self.place.setEnabled(not at_client)
        self.place_point.setEnabled(not at_client)

    def _route_text(self, plan: VisitPlan) -> str:
        if plan.route_order is None or plan.route_arrive is None or plan.route_depart is None:
            return self.tr("Not in a planned route yet (Map and day → Plan the day).")
        return self.tr("Stop {0}: arrive {1}, leave {2}").format(
            plan.route_order,
            plan.route_arrive.strftime("%H:%M"),
            plan.route_depart.strftime("%H:%M"),
        )

    # -- the plan ---------------------------------------------------------------------

    def draft(self) -> tuple[VisitPlan, dict[str, str]]:
        problems: dict[str, str] = {}
        d = self.day.date()
        day = to_date(d)
        start = to_time(self.start.time())
        if self.fixed.isChecked():
            when = VisitTime(day, True, start, start, self.minutes.value())
        else:
            when = VisitTime(day, False, start, to_time(self.latest.time()), self.minutes.value())
        lat = lon = None
        text = ""
        address_kind = self.original.address_kind
        if self.at_client.isChecked() and self._addresses_shown:
            chosen = self.client_address.currentData()
            address_kind = AddressKind(chosen) if chosen else None
        if not self.at_client.isChecked():
            text = self.place.text().strip()
            lat, lon, problem = self.place_point.value()
            if problem:
                problems["place"] = problem
        materials = []
        for n in range(self.materials.count()):
            entry = self.materials.item(n)
            if entry.checkState() == Qt.CheckState.Checked:
                materials.append(
                    MaterialItem(
                        entry.data(Qt.ItemDataRole.UserRole),
                        bool(entry.data(Qt.ItemDataRole.UserRole + 1)),
                    )
                )
        plan = dataclasses.replace(
            self.original,
            status=self.status.value() or VisitStatus.PROPOSED,
            purpose=self.purpose.value() or VisitPurpose.RELATIONSHIP,
            content=self.content.toPlainText(),
            time=when,
            person_name=self.person.text().strip(),
            person_role=self.role.text().strip(),
            place_text=text,
            place_lat=lat,
            place_lon=lon,
            address_kind=address_kind,
            mode=VisitMode(
                self.formality.value() or Formality.FORMAL,
                self.setting.value() or Setting.PRIVATE,
                self.audience.value() or Audience.ONE_TO_ONE,
            ),
            strategy=self.strategy.toPlainText(),
            materials=materials,
        )
        return plan, problems

    def has_changes(self) -> bool:
        return self.draft() != self._baseline

    def show_problems(self, problems: dict[str, str]) -> None:
        self.time_problem.show_problem(problems.get("time"))
        self.place_problem.show_problem(problems.get("place"))

    def save(self) -> None:
        plan, problems = self.draft()
        try:
            v.validate_visit(plan)
        except InvalidVisit as exc:
            problems = {**exc.errors, **problems}
        self.show_problems(problems)
        if problems:
            return
        self._save_record(plan)

    def _save_record(self, plan: VisitPlan) -> None:
        visits = self.visits
        self.runner.submit(lambda: visits.save(plan), self._on_saved, self._on_failed)

    def _on_saved(self, plan_id: int) -> None:
        self.saved.emit(plan_id)
        self._baseline = self.draft()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, EditConflict) and error.theirs is not None:
            # Saved elsewhere meanwhile (another window, a colleague, a calendar import).
            plan_id = self.original.id or 0
            resolve_conflict(
                self,
                error,
                self.original,
                self._save_record,
                lambda: self._on_saved(plan_id),
                lambda: None,
            )
            return
        if isinstance(error, InvalidVisit):
            self.show_problems(error.errors)
        QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def reject(self) -> None:
        if self.has_changes() and not discard_confirmed(
            self,
            self.tr("Discard changes?"),
            self.tr("This visit plan has changes that are not saved. Discard them?"),
        ):
            return
        super().reject()

    # -- 二择一 -------------------------------------------------------------------------

    def offer_slots(self) -> None:
        plan, _problems = self.draft()
        visits = self.visits
        self.offer.setEnabled(False)
        self.slot_note.setText(self.tr("Looking for two times…"))

        def solve(inputs: SlotsToOffer) -> None:
            self.network.submit(
                lambda: visits.solve_slots(inputs), self._show_slots, self._slots_failed
            )

        self.runner.submit(lambda: visits.slots_to_offer(plan), solve, self._slots_failed)

    def _show_slots(self, slots: list[Slot]) -> None:
        self.offer.setEnabled(True)
        self.slots = slots
        for button, slot in zip(self.slot_buttons, slots, strict=False):
            button.setText(f"{slot.start:%H:%M}–{slot.end:%H:%M}")
            tip = self.tr("+{0} km driving").format(f"{slot.extra_km:.1f}")
            if slot.displaced:
                tip += "\n" + self.tr("No longer fits that day: {0}").format(
                    "、".join(slot.displaced)
                )
            button.setToolTip(tip)
            button.show()
        for button in self.slot_buttons[len(slots) :]:
            button.hide()
        if len(slots) == 2:
            self.slot_note.setText(
                self.tr(
                    "Offer both: “{0} or {1}, which suits you better?” Click the one chosen."
                ).format(f"{slots[0].start:%H:%M}", f"{slots[1].start:%H:%M}")
            )
            if any(slot.displaced for slot in slots):
                self.slot_note.setText(
                    self.slot_note.text()
                    + " "
                    + self.tr("The day is full: a proposed visit would move to another day.")
                )
        elif slots:
            self.slot_note.setText(self.tr("Only one time fits this day."))
        else:
            self.slot_note.setText(
                self.tr("No time on this day fits the visits already planned. Try another day.")
            )

    def _slots_failed(self, error: BaseException) -> None:
        self.offer.setEnabled(True)
        self.slot_note.setText(error_text(error))

    def choose_slot(self, index: int) -> None:
        slot = self.slots[index]
        self.fixed.setChecked(True)
        self.start.setTime(qtime(slot.start.time()))
        if self.status.value() is VisitStatus.PROPOSED:
            self.status.set_value(VisitStatus.BOOKED)
