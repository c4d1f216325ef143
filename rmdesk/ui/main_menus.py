"""The main window's actions (with their shortcuts) and its menus: what the user can ask
for and where to find it. The window holds the actions as attributes and the slots."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from rmdesk.ui import data_windows, protection

if TYPE_CHECKING:
    from rmdesk.ui.main_window import MainWindow

translate = QCoreApplication.translate

TODAY, CONTACTS, TRASH, MAP = range(4)  # the screens, in the order of the navigation list


class Commands:
    """Every action of the main window, made once and shared by menus and toolbar."""

    def __init__(self, w: MainWindow) -> None:
        self.window = w
        self._build(w)

    def _add(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build(self, w: MainWindow) -> None:
        self.new_action = self._add(
            translate("MainWindow", "&New contact"), QKeySequence.StandardKey.New, w.new_contact
        )
        self.edit_action = self._add(
            translate("MainWindow", "&Edit contact"), "Ctrl+E", w.edit_contact
        )
        self.delete_action = self._add(
            translate("MainWindow", "Move to &trash"),
            QKeySequence.StandardKey.Delete,
            w.trash_selected,
        )
        self.undo_action = self._add(
            translate("MainWindow", "&Undo delete"), QKeySequence.StandardKey.Undo, w.undo_delete
        )
        self.nearby_action = self._add(
            translate("MainWindow", "Who is &near…"), "Ctrl+Shift+N", w.show_nearby
        )
        self.find_action = self._add(
            translate("MainWindow", "&Find"), QKeySequence.StandardKey.Find, w.focus_search
        )
        self.restore_action = self._add(
            translate("MainWindow", "&Restore"), None, w.restore_selected
        )
        self.empty_trash_action = self._add(
            translate("MainWindow", "Empty the trash…"), None, w.empty_trash
        )
        self.import_action = self._add(
            translate("MainWindow", "&Import contacts…"),
            "Ctrl+I",
            lambda: data_windows.import_contacts(w),
        )
        self.export_action = self._add(
            translate("MainWindow", "&Export contacts…"),
            "Ctrl+Shift+E",
            lambda: data_windows.export_contacts(w),
        )
        self.audit_action = self._add(
            translate("MainWindow", "&Audit trail…"), None, lambda: data_windows.show_audit(w)
        )
        self.backups_action = self._add(
            translate("MainWindow", "&Backups…"), None, lambda: data_windows.show_backups(w)
        )
        self.protect_action = self._add(
            translate("MainWindow", "Encrypt the boo&k…"), None, lambda: protection.protect_book(w)
        )
        self.recovery_action = self._add(
            translate("MainWindow", "&Recovery key…"), None, lambda: protection.recovery_key(w)
        )
        self.lock_action = self._add(
            translate("MainWindow", "&Lock now"), "Ctrl+Alt+L", lambda: w.lock.lock()
        )
        self.settings_action = self._add(
            translate("MainWindow", "&Settings…"), "Ctrl+,", w.open_settings
        )
        self.profile_action = self._add(
            translate("MainWindow", "My &details…"), None, lambda: data_windows.show_profile(w)
        )
        self.quit_action = self._add(
            translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, w.close
        )
        self.about_action = self._add(translate("MainWindow", "&About rmdesk"), None, w.about)
        self.today_area_action = self._add(
            translate("MainWindow", "Today"), "Ctrl+1", lambda: w.nav.setCurrentRow(TODAY)
        )
        self.contacts_area_action = self._add(
            translate("MainWindow", "Contacts"), "Ctrl+2", lambda: w.nav.setCurrentRow(CONTACTS)
        )
        self.trash_area_action = self._add(
            translate("MainWindow", "Trash"), "Ctrl+3", lambda: w.nav.setCurrentRow(TRASH)
        )
        self.map_area_action = self._add(
            translate("MainWindow", "Map and day"), "Ctrl+4", lambda: w.nav.setCurrentRow(MAP)
        )
        self.dossier_action = self._add(
            translate("MainWindow", "&Dossier…"), "Ctrl+D", w.edit_dossier
        )
        self.briefing_action = self._add(
            translate("MainWindow", "&Briefing…"), "Ctrl+B", w.show_briefing
        )
        self.referrals_action = self._add(
            translate("MainWindow", "&Referrals…"), None, w.show_referrals
        )
        self.ways_in_action = self._add(
            translate("MainWindow", "Who can &introduce me…"), None, w.show_ways_in
        )
        self.thanks_action = self._add(
            translate("MainWindow", "&Thank the introducers…"), None, w.show_thank_yous
        )
        self.companies_action = self._add(
            translate("MainWindow", "&Companies…"), None, w.show_companies
        )
        self.calendar_action = self._add(
            translate("MainWindow", "Phone &calendar…"), "Ctrl+Shift+C", w.show_calendar
        )
        self.branch_action = self._add(
            translate("MainWindow", "&Branch and working day…"), None, w.edit_branch
        )
        self.add_to_day_action = self._add(
            translate("MainWindow", "Add to a &day's visits…"),
            "Ctrl+Shift+D",
            w.add_selected_to_day,
        )
        self.plan_visit_action = self._add(
            translate("MainWindow", "Plan a &visit…"), "Ctrl+Shift+V", w.plan_visit
        )
        self.suggest_action = self._add(
            translate("MainWindow", "&Suggest my day…"), "Ctrl+Shift+S", w.suggest_day
        )
        self.log_visit_action = self._add(
            translate("MainWindow", "&Log a visit…"), "Ctrl+L", w.log_visit
        )
        window = w.show_window
        self.pipeline_action = self._add(
            translate("MainWindow", "&Pipeline…"), "Ctrl+Shift+B", lambda: window("pipeline")
        )
        self.numbers_action = self._add(
            translate("MainWindow", "The n&umbers…"), "Ctrl+Shift+U", lambda: window("numbers")
        )
        self.gifts_action = self._add(
            translate("MainWindow", "&Gift ledger…"), "Ctrl+Shift+G", w.show_gift_ledger
        )
        self.holdings_action = self._add(
            translate("MainWindow", "&Holdings and plan…"), "Ctrl+Shift+H", w.show_holdings
        )
        self.rules_action = self._add(
            translate("MainWindow", "&Selling rules and reminders…"), None, w.show_rules
        )
        self.duplicates_action = self._add(
            translate("MainWindow", "Merge duplic&ates…"),
            "Ctrl+Shift+M",
            lambda: data_windows.show_duplicates(w),
        )
        self.share_action = self._add(
            translate("MainWindow", "Share &with another RM…"),
            None,
            lambda: protection.share_selected(w),
        )
        self.complaints_action = self._add(
            translate("MainWindow", "Complai&nts…"), "Ctrl+Shift+J", w.show_complaints
        )
        self.calls_action = self._add(
            translate("MainWindow", "Call &list…"), "Ctrl+Shift+K", lambda: window("calls")
        )
        self.holidays_action = self._add(
            translate("MainWindow", "Official &holidays…"), None, w.edit_holidays
        )
        self.place_action = self._add(
            translate("MainWindow", "&Place on the map"), "Ctrl+Shift+P", w.place_on_map
        )
        self.undo_action.setEnabled(False)

    def refresh_protection(self) -> None:
        """The protection action says what it will do for this book; the status bar
        says when the book on this computer is not encrypted."""
        security = self.window.services.security
        self.protect_action.setEnabled(security.embedded)
        self.recovery_action.setVisible(security.embedded and security.encrypted)
        self.protect_action.setText(
            translate("MainWindow", "Change the &passphrase…")
            if security.encrypted
            else translate("MainWindow", "Encrypt the boo&k…")
        )
        label = self.window.protection_label
        label.setStyleSheet(
            "color: palette(placeholder-text)" if security.demo else "color: #b00020"
        )
        if security.demo and not security.encrypted:
            label.setText(translate("MainWindow", "Demo book · not encrypted"))
            label.setToolTip(
                translate("MainWindow", "Made-up clients: the demo book stays unencrypted.")
            )
        elif security.embedded and not security.encrypted:
            label.setText(translate("MainWindow", "Not encrypted"))
            label.setToolTip(
                translate(
                    "MainWindow",
                    "Anyone with this file can read your clients. File → Encrypt the book "
                    "protects it with a passphrase.",
                )
            )
        label.setVisible(security.embedded and not security.encrypted)

    def fill_menus(self) -> None:
        menu = self.window.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.audit_action)
        file_menu.addAction(self.protect_action)
        file_menu.addAction(self.recovery_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.profile_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
        for action in (self.edit_action, self.delete_action, self.undo_action, self.find_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.nearby_action)
        dossier_menu = self.window.menuBar().addMenu(translate("MainWindow", "&Clients"))
        for action in (
            self.dossier_action,
            self.briefing_action,
            self.referrals_action,
            self.ways_in_action,
        ):
            dossier_menu.addAction(action)
        dossier_menu.addSeparator()
        dossier_menu.addAction(self.thanks_action)
        dossier_menu.addAction(self.companies_action)
        dossier_menu.addAction(self.pipeline_action)
        dossier_menu.addAction(self.numbers_action)
        dossier_menu.addAction(self.calls_action)
        dossier_menu.addAction(self.holdings_action)
        dossier_menu.addAction(self.gifts_action)
        dossier_menu.addAction(self.complaints_action)
        dossier_menu.addAction(self.duplicates_action)
        dossier_menu.addAction(self.share_action)
        dossier_menu.addAction(self.rules_action)
        planning_menu = self.window.menuBar().addMenu(translate("MainWindow", "&Planning"))
        planning_menu.addAction(self.plan_visit_action)
        planning_menu.addAction(self.log_visit_action)
        planning_menu.addAction(self.add_to_day_action)
        planning_menu.addAction(self.suggest_action)
        planning_menu.addAction(self.place_action)
        planning_menu.addAction(self.map_area_action)
        planning_menu.addSeparator()
        planning_menu.addAction(self.calendar_action)
        planning_menu.addAction(self.branch_action)
        planning_menu.addAction(self.holidays_action)
        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.today_area_action)
        view_menu.addAction(self.contacts_area_action)
        view_menu.addAction(self.trash_area_action)
        view_menu.addAction(self.map_area_action)
        trash_menu = menu.addMenu(translate("MainWindow", "&Trash"))
        trash_menu.addAction(self.restore_action)
        trash_menu.addAction(self.empty_trash_action)
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)
