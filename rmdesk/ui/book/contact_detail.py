"""The detail pane: one contact at a glance, read-only. Editing opens the editor."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from rmdesk.domain.activity import ContactActivity
from rmdesk.domain.contact import Birthday, Contact
from rmdesk.domain.kinds import CalendarKind, Question, TieFamily
from rmdesk.domain.lunar import lunar_text as domain_lunar_text
from rmdesk.domain.phones import display_phone
from rmdesk.labels import approach_text, call_log_text, label, section_name, visit_log_text
from rmdesk.ui.common.masking import REVEAL_MS

STAGES_SHOWN = 4  # the latest stage changes, in a line
NOTES_SHOWN = 80  # characters of a logged visit's notes; the briefing has them all

if TYPE_CHECKING:
    from rmdesk.domain.dossier import Dossier


def lunar_text(b: Birthday) -> str:
    """农历闰八月三十: a lunar birthday as it was recorded."""
    return domain_lunar_text(b.month, b.day, b.leap, b.year)


class ContactDetail(QTextBrowser):
    """Shows a contact; a click on the introducer's name asks to open that contact, the
    links beside an objection or a follow-up ask to close it."""

    open_contact = Signal(int)
    resolve_objection = Signal(int)  # the user marked this objection resolved
    finish_follow_up = Signal(int)  # the user marked this follow-up done
    edit_visit_notes = Signal(object)  # the VisitLog whose notes the user would correct
    edit_call_note = Signal(object)  # the CallLog whose note the user would correct
    withdraw_visit = Signal(object)  # the VisitLog the user would take back (a mistake)
    withdraw_call = Signal(object)  # the CallLog the user would take back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact: Contact | None = None
        # Sensitive fields show masked; "show" reveals one for REVEAL_MS, then it hides.
        self.revealed: set[str] = set()
        self._shown: tuple[Contact, Dossier | None, ContactActivity | None] | None = None
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.setInterval(REVEAL_MS)
        self._hide.timeout.connect(self.hide_sensitive)
        # A link beside a logged visit or call: (of a visit, the signal it emits).
        self._log_links = {
            "visitnotes": (True, self.edit_visit_notes),
            "visitwithdraw": (True, self.withdraw_visit),
            "callnote": (False, self.edit_call_note),
            "callwithdraw": (False, self.withdraw_call),
        }
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.show_contact(None)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "contact":
            self.open_contact.emit(int(url.path() or url.host()))
        elif url.scheme() == "objection":
            self.resolve_objection.emit(int(url.path() or url.host()))
        elif url.scheme() == "followup":
            self.finish_follow_up.emit(int(url.path() or url.host()))
        elif url.scheme() in self._log_links and self._shown is not None:
            activity = self._shown[2] or ContactActivity()
            wanted = int(url.path() or url.host())
            visits, ask = self._log_links[url.scheme()]
            for log in activity.recent_visits if visits else activity.recent_calls:
                if log.id == wanted:
                    ask.emit(log)
        elif url.scheme() == "reveal":
            self.revealed.add(url.path() or url.host())
            self._hide.start()
            self._render()

    def hide_sensitive(self) -> None:
        """Mask the revealed fields again (the timer ran out, or another contact)."""
        self.revealed.clear()
        self._hide.stop()
        self._render()

    def _render(self) -> None:
        if self._shown is not None:
            self.show_contact(*self._shown, keep_revealed=True)

    def sensitive(self, key: str, masked: str, clear: str) -> str:
        """A sensitive value: masked, with a link to show it for a short while."""
        if key in self.revealed:
            return escape(clear)
        show = escape(self.tr("show"))
        return f"{escape(masked)} <a href='reveal:{key}'>{show}</a>"

    def _dossier_rows(self, d: Dossier) -> list[tuple[str, str]]:
        """The dossier at a glance: completeness and gaps, style and approach, the
        preferences that matter at a meal. The ID number is masked here."""
        from rmdesk.domain import idcard
        from rmdesk.domain.dossier import completeness

        out: list[tuple[str, str]] = []
        percent, empty = completeness(d)
        gaps = "、".join(section_name(s) for s in empty)
        empty_text = self.tr("empty: {0}").format(gaps)
        out.append(
            (
                self.tr("Dossier"),
                escape(self.tr("{0}% complete").format(percent))
                + (f" <span style='color:gray'>({escape(empty_text)})</span>" if gaps else ""),
            )
        )
        if d.address_as:
            out.append((self.tr("Address as"), escape(d.address_as)))
        if d.style is not None:
            out.append(
                (
                    self.tr("Style"),
                    f"{escape(label(d.style))}<br><span style='color:#1f6feb'>"
                    f"{escape(approach_text(d.style))}</span>",
                )
            )
        if d.id_number:
            out.append(
                (self.tr("ID number"), self.sensitive("id", idcard.mask(d.id_number), d.id_number))
            )
        for key, name, value in (
            ("health", self.tr("Health"), d.health),
            ("religion", self.tr("Religion"), d.religion),
        ):
            if value:
                out.append((name, self.sensitive(key, "••••••", value)))
        food = "、".join(label(c) for c in d.cuisines)
        for name, value in (
            (self.tr("Cuisines"), food),
            (self.tr("Drinks"), " ".join(x for x in (d.drinks, d.drink_amount) if x)),
            (self.tr("Allergies"), d.allergies),
            (self.tr("Taboos"), d.taboos),
            (self.tr("Other banks"), "、".join(d.competitor_banks)),
        ):
            if value:
                out.append((name, escape(value)))
        return out

    def birthday_text(self, b: Birthday) -> str:
        if b.calendar is CalendarKind.LUNAR:
            return lunar_text(b)
        if b.year:
            return self.tr("{0}-{1:02d}-{2:02d}").format(b.year, b.month, b.day)
        return self.tr("{0:02d}-{1:02d} (year unknown)").format(b.month, b.day)

    def show_message(self, text: str) -> None:
        """A grey sentence in place of a contact (nothing selected, nothing found)."""
        self.contact = None
        self._shown = None
        self.revealed.clear()
        self._hide.stop()
        self.setHtml(f"<p style='color:gray'>{escape(text)}</p>")

    def _activity_rows(self, activity: ContactActivity) -> list[tuple[str, str]]:
        """What earlier visits left: the latest visits and calls, objections still open
        (each with a link to mark it resolved), follow-ups not done, and how the client
        moved through the stages."""
        rows = []

        def linked(title: str, lines: list[tuple[str, tuple[tuple[str, str], ...]]]) -> None:
            """A row of lines (plain text; its links: word and target), each followed by
            its links."""
            if lines:
                html = [
                    text
                    + " "
                    + " · ".join(f"<a href='{href}'>{escape(word)}</a>" for word, href in links)
                    for text, links in lines
                ]
                rows.append((title, "<br>".join(html)))

        notes, note, withdraw = self.tr("edit notes"), self.tr("edit note"), self.tr("withdraw")
        linked(
            self.tr("Last visits"),
            [
                (
                    f"{v.day:%Y-%m-%d} {escape(visit_log_text(v, NOTES_SHOWN))}",
                    ((notes, f"visitnotes:{v.id}"), (withdraw, f"visitwithdraw:{v.id}")),
                )
                for v in activity.recent_visits
            ],
        )
        linked(
            self.tr("Last calls"),
            [
                (
                    f"{c.at:%Y-%m-%d %H:%M} {escape(call_log_text(c))}",
                    ((note, f"callnote:{c.id}"), (withdraw, f"callwithdraw:{c.id}")),
                )
                for c in activity.recent_calls
            ],
        )
        linked(
            self.tr("Open objections"),
            [
                (
                    f"{escape(label(o.kind))} · {escape(label(o.cause))}: {escape(o.words)}",
                    ((self.tr("mark resolved"), f"objection:{o.id}"),),
                )
                for o in activity.open_objections
            ],
        )
        due = [f for f in activity.follow_ups if not f.done]
        if due:
            finished = escape(self.tr("mark done"))
            rows.append(
                (
                    self.tr("Follow-ups"),
                    "<br>".join(
                        f"{f.due:%Y-%m-%d} {escape(f.text)}"
                        f" <a href='followup:{f.id}'>{finished}</a>"
                        for f in due
                    ),
                )
            )
        if activity.stage_history:
            moves = [
                f"{c.since:%Y-%m-%d} {escape(label(c.stage) if c.stage else '—')}"
                for c in activity.stage_history[-STAGES_SHOWN:]
            ]
            rows.append((self.tr("Stage history"), " → ".join(moves)))
        return rows

    def show_contact(
        self,
        contact: Contact | None,
        dossier: Dossier | None = None,
        activity: ContactActivity | None = None,
        keep_revealed: bool = False,
    ) -> None:
        if not keep_revealed and self.revealed:
            self.revealed.clear()
            self._hide.stop()
        if contact is None:
            self._shown = None
            self.show_message(self.tr("No contact selected."))
            return
        self.contact = contact
        self._shown = (contact, dossier, activity)
        rows: list[tuple[str, str]] = []

        def add(name: str, value: str, raw: bool = False) -> None:
            if value:
                rows.append((name, value if raw else escape(value)))

        work = " · ".join(x for x in (contact.company, contact.title) if x)
        add(self.tr("Company"), work)
        add(self.tr("Occupation"), contact.occupation)
        extension = self.tr("ext. ")
        add(
            self.tr("Phones"),
            "<br>".join(
                f"{escape(label(p.label))}: {escape(display_phone(p.number, extension))}"
                for p in contact.phones
            ),
            raw=True,
        )
        add(
            self.tr("Addresses"),
            "<br>".join(
                escape(f"{label(a.kind)}: {a.district} {a.text}".strip())
                + (
                    f" <span style='color:gray'>({a.lat:.5f}, {a.lon:.5f})</span>"
                    if a.lat is not None and a.lon is not None
                    else ""
                )
                for a in contact.addresses
            ),
            raw=True,
        )
        if contact.gender:
            add(self.tr("Gender"), label(contact.gender))
        if contact.birthday:
            add(self.tr("Birthday"), self.birthday_text(contact.birthday))
        for family in TieFamily:
            ties = [t for t in contact.ties if t.kind.family is family]
            add(
                label(family),
                "<br>".join(
                    escape(label(t.kind) + (f" — {t.detail}" if t.detail else "")) for t in ties
                ),
                raw=True,
            )
        add(self.tr("Friend kinds"), "、".join(label(k) for k in sorted(contact.friend_kinds)))
        add(self.tr("Tags"), "、".join(contact.tags))
        if contact.lead_source:
            add(self.tr("Lead source"), label(contact.lead_source))
        if contact.introduced_by_id is not None:
            add(
                self.tr("Introduced by"),
                f"<a href='contact:{contact.introduced_by_id}'>"
                f"{escape(contact.introduced_by_name)}</a>",
                raw=True,
            )
        answers = "<br>".join(
            f"{escape(label(q))}: {escape(label(contact.qualification[q]))}" for q in Question
        )
        add(self.tr("Qualification {0}/5").format(contact.qualification_score), answers, raw=True)
        if contact.stage:
            add(self.tr("Stage"), label(contact.stage))
        if contact.education:
            add(self.tr("Education"), label(contact.education))
        if contact.marital_status:
            add(self.tr("Marital status"), label(contact.marital_status))
        if contact.income_band:
            income = self.sensitive("income", "••••••", label(contact.income_band))
            add(self.tr("Income"), income, raw=True)
        add(self.tr("Hobbies"), contact.hobbies)
        add(self.tr("Notes"), escape(contact.notes).replace("\n", "<br>"), raw=True)
        if activity is not None:
            rows.extend(self._activity_rows(activity))
        if dossier is not None:
            rows.extend(self._dossier_rows(dossier))
        title = escape(contact.name) + (
            f" <span style='color:gray'>({escape(contact.nickname)})</span>"
            if contact.nickname
            else ""
        )
        if contact.key_client:
            key_client = self.tr("Key client")
            title = "★ " + title + f" <small>{escape(key_client)}</small>"
        body = "".join(
            f"<tr><td style='color:#555;padding-right:8px' valign='top'>{escape(name)}</td>"
            f"<td>{value}</td></tr>"
            for name, value in rows
        )
        self.setHtml(f"<h2>{title}</h2><table cellspacing='3'>{body}</table>")
