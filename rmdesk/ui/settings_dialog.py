"""Settings: the interface language and where the book is kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from rmdesk.ui.common.preferences import MAX_LOCK_MINUTES, Preferences


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.prefs = prefs
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), Preferences.SYSTEM)
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.tiles = QComboBox()
        self.tiles.addItem(self.tr("AMap (高德), loads in China"), "amap")
        self.tiles.addItem(self.tr("OpenStreetMap (often slow or blocked in China)"), "osm")
        self.tiles.addItem(self.tr("No base map (offline)"), "none")
        self.tiles.setCurrentIndex(max(0, self.tiles.findData(prefs.tiles)))
        # The key is read from the keyring off the GUI thread (a locked keyring may ask
        # for its own password first): the field waits for it, disabled.
        self.geocoder_key = QLineEdit()
        self.geocoder_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.geocoder_key.setEnabled(False)
        self.geocoder_key.setPlaceholderText(self.tr("Reading the keyring…"))
        self.geocoder_key.setToolTip(
            self.tr(
                "With a key from AMap's open platform (Web服务), Find in an address looks "
                "the address up there. Kept in the system keyring; nothing is sent without it."
            )
        )
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setValue(prefs.lock_minutes)
        self.lock_minutes.setToolTip(
            self.tr(
                "rmdesk covers every window and asks for the passphrase after this long "
                "without use, and when the computer's session locks."
            )
        )
        where = QLabel(database)
        where.setWordWrap(True)
        where.setTextInteractionFlags(where.textInteractionFlags().TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Map tiles"), self.tiles)
        form.addRow(self.tr("Geocoder key"), self.geocoder_key)
        form.addRow(self.tr("Lock after"), self.lock_minutes)
        form.addRow(self.tr("Database"), where)
        form.addRow(buttons)
        self.setMinimumWidth(520)  # the book's path and the map choices read in full

    def key_read(self, key: str | None) -> None:
        """The geocoder key as the keyring gave it (None: none kept, or no keyring)."""
        self.geocoder_key.setText(key or "")
        self.geocoder_key.setPlaceholderText(self.tr("Optional: your AMap web-service key"))
        self.geocoder_key.setEnabled(True)

    def chosen_tiles(self) -> str:
        return str(self.tiles.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())
