"""Team mode on the real PostgreSQL server the tests start: each RM, signed in as their
own database role, sees and edits only their clients and those shared with them; a
branch manager sees the branch. Tried with the app's own services and with raw SQL (any
query the app could send): another RM's client is never read, changed or given away."""

from __future__ import annotations

import contextlib
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from rmdesk.cli import main
from rmdesk.contacts.book import ContactBook
from rmdesk.demo.generator import write_demo_book
from rmdesk.domain.contact import BookFilter, Contact, Phone
from rmdesk.domain.errors import ContactNotFound, NotYourClient, ServerNotTrusted
from rmdesk.domain.kinds import PhoneLabel
from rmdesk.services import build_services
from rmdesk.store import team
from rmdesk.store.database import Store, open_store

if TYPE_CHECKING:
    from rmdesk.ui.main_window import MainWindow

BY_PARENT = {"visit_materials": "plan_id", "complaint_steps": "complaint_id"}


@dataclass
class Team:
    admin: Store
    li: Store  # an RM with the demo book
    wang: Store  # an RM with a few clients
    zhao: Store  # the branch manager
    names: dict[str, str]  # role by person
    url: str  # the book's, as its administrator opens it


def url_as(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def branch(postgres_url: str) -> Iterator[Team]:
    suffix = secrets.token_hex(3)
    database = f"rmdesk_access_{suffix}"
    names = {p: f"rm_{p}_{suffix}" for p in ("li", "wang", "zhao")}
    root = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {database}")
        for role in names.values():
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
    root.dispose()
    url = make_url(postgres_url).set(database=database).render_as_string(hide_password=False)
    admin = open_store(url)  # the administrator runs the migrations: owns the tables
    team.grant_rm(admin, names["li"])
    assert main(["team", "grant", names["wang"], "--db", url]) == 0  # as an administrator would
    team.grant_rm(admin, names["zhao"], manager=True)
    # The branch's book, written before it was shared out, given to Li by the administrator.
    write_demo_book(admin, clients=40, seed=3)
    assert team.assign(admin, sorted(contact_ids(admin)), names["li"]) == 40
    li = open_store(url_as(url, names["li"]))
    wang = open_store(url_as(url, names["wang"]))
    services = build_services(wang)
    for n in range(3):
        services.contacts.save(
            Contact(name=f"王客户{n}", company="椒江王记贸易有限公司",
                    phones=[Phone(PhoneLabel.MOBILE, f"+861390000000{n}")])
        )  # fmt: skip
    zhao = open_store(url_as(url, names["zhao"]))
    yield Team(admin, li, wang, zhao, names, url)
    for store in (li, wang, zhao, admin):
        store.close()


def contact_ids(store: Store) -> set[int]:
    with store.engine.connect() as conn:
        return {row[0] for row in conn.exec_driver_sql("SELECT id FROM contacts")}


def client_tables(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT table_name FROM information_schema.columns WHERE "
                "table_schema = 'public' AND column_name = 'contact_id' ORDER BY 1"
            )
        )
        return [row[0] for row in rows]


def test_every_table_of_client_rows_is_filtered(branch: Team) -> None:
    tables = client_tables(branch.admin)
    assert {"phones", "dossiers", "visit_logs", "contact_search", "search_prefixes"} <= set(tables)
    with branch.admin.engine.connect() as conn:
        filtered = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'"
            )
        }
    assert set(tables) | {"contacts", *BY_PARENT} <= filtered


def test_an_rm_sees_only_their_own_clients(branch: Team) -> None:
    everyone = contact_ids(branch.admin)
    of_li, of_wang = contact_ids(branch.li), contact_ids(branch.wang)
    assert len(of_li) >= 40 and len(of_wang) == 3
    assert of_li.isdisjoint(of_wang) and of_li | of_wang == everyone
    # Through the app: the book, its search, its rows.
    book = ContactBook(branch.wang)
    assert set(book.list_ids()) == of_wang
    assert book.tie_counts().total == 3
    some_of_li = sorted(of_li)[:5]
    assert book.rows(some_of_li) == {}
    li_names = [r.name for r in ContactBook(branch.li).rows(some_of_li).values()]
    for name in li_names:
        assert book.list_ids(BookFilter(search=name)) == []
        assert book.list_ids(BookFilter(search=name[:1])) == [
            i for i in book.list_ids(BookFilter(search=name[:1])) if i in of_wang
        ]
    services = build_services(branch.wang)
    with pytest.raises(ContactNotFound):
        services.dossiers.get(some_of_li[0])  # as if there were no such client
    with pytest.raises(ContactNotFound):
        services.contacts.get(some_of_li[0])


def test_no_query_reads_another_rms_client_rows(branch: Team) -> None:
    of_li = sorted(contact_ids(branch.li))
    with branch.admin.engine.connect() as conn:
        held = {
            t: conn.execute(
                sa.text(f"SELECT count(*) FROM {t} WHERE contact_id = ANY(:ids)"), {"ids": of_li}
            ).scalar()
            for t in client_tables(branch.admin)
        }
    assert sum(1 for n in held.values() if n) >= 8, "the demo book fills many tables"
    with branch.wang.engine.connect() as conn:
        for table in client_tables(branch.admin):
            seen = conn.execute(
                sa.text(f"SELECT count(*) FROM {table} WHERE contact_id = ANY(:ids)"),
                {"ids": of_li},
            ).scalar()
            assert seen == 0, f"{table}: {held[table]} rows of another RM's clients"
        for table in BY_PARENT:
            rows = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            assert rows == 0, table
        # Not through a join, a function of the app, or the search table either.
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM contacts c JOIN phones p ON p.contact_id = c.id"
        ).scalar() == 3  # fmt: skip
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM contact_search WHERE text LIKE '%%'"
            ).scalar()
            == 3
        )


def test_no_query_changes_or_takes_another_rms_client(branch: Team) -> None:
    victim = min(contact_ids(branch.li))
    with branch.admin.engine.connect() as conn:
        before = conn.execute(
            sa.text("SELECT name, owner FROM contacts WHERE id = :i"), {"i": victim}
        ).one()
    with branch.wang.engine.begin() as conn:
        for statement in (
            "UPDATE contacts SET name = 'taken' WHERE id = :i",
            "UPDATE contacts SET owner = current_user WHERE id = :i",
            "DELETE FROM phones WHERE contact_id = :i",
            "DELETE FROM contacts WHERE id = :i",
        ):
            assert conn.execute(sa.text(statement), {"i": victim}).rowcount == 0, statement
    refused = (
        "INSERT INTO phones (contact_id, position, label, number) VALUES (:i, 0, 'mobile', "
        "'+8613900000009')",
        "INSERT INTO contact_shares (contact_id, grantee) VALUES (:i, current_user)",
        f"INSERT INTO contacts (name, owner) VALUES ('x', '{branch.names['li']}')",
    )
    for statement in refused:
        with (
            pytest.raises(sa.exc.DBAPIError, match=r"row-level security"),
            branch.wang.engine.begin() as conn,
        ):
            conn.execute(sa.text(statement), {"i": victim})
    with branch.admin.engine.connect() as conn:
        after = conn.execute(
            sa.text("SELECT name, owner FROM contacts WHERE id = :i"), {"i": victim}
        ).one()
    assert after == before


def test_a_shared_client_is_seen_and_edited_by_the_rm_it_is_shared_with(branch: Team) -> None:
    of_li = sorted(contact_ids(branch.li))
    shared = of_li[1]
    wang = branch.names["wang"]
    with pytest.raises(NotYourClient):
        team.share(branch.wang, [shared], wang)  # not his to give
    li_url = branch.li.engine.url.render_as_string(hide_password=False)
    assert main(["team", "share", str(shared), "--with", wang, "--db", li_url]) == 0
    book = ContactBook(branch.wang)
    try:
        assert shared in book.list_ids() and len(book.list_ids()) == 4
        name = book.get(shared).name
        assert book.list_ids(BookFilter(search=name)) == [shared]
        book.change(shared, _with_company)
        assert ContactBook(branch.li).get(shared).company == "共享后更新的公司"
        assert of_li[2] not in book.list_ids(), "one client shared, not the book"
        with pytest.raises(sa.exc.DBAPIError, match="only a branch manager"):
            team.assign(branch.wang, [shared], wang)  # shared with him: his to edit, not take
    finally:
        assert team.unshare(branch.li, [shared], wang) == 1
    assert shared not in ContactBook(branch.wang).list_ids()


def _with_company(contact: Contact) -> Contact:
    import dataclasses

    return dataclasses.replace(contact, company="共享后更新的公司")


def test_the_branch_manager_sees_the_branch(branch: Team) -> None:
    everyone = contact_ids(branch.admin)
    assert contact_ids(branch.zhao) == everyone
    assert set(ContactBook(branch.zhao).list_ids()) == everyone


def test_only_a_manager_or_the_administrator_gives_a_client_to_another_rm(
    branch: Team,
) -> None:
    mine = min(contact_ids(branch.wang))
    with pytest.raises(sa.exc.DBAPIError, match="only a branch manager"):
        team.assign(branch.wang, [mine], branch.names["li"])  # the owner cannot pass it on
    assert team.assign(branch.zhao, [mine], branch.names["li"]) == 1
    assert mine in contact_ids(branch.li) and mine not in contact_ids(branch.wang)
    assert team.assign(branch.zhao, [mine], branch.names["wang"]) == 1


def test_each_rm_reads_their_own_audit_entries_and_the_chain_holds_through_all(
    branch: Team, tmp_path: Path, capsys
) -> None:
    """Every entry names the RM whose data left; an RM reads only their own, the branch
    manager everyone's; the chain is checked through all of them on the server, and an
    entry edited behind rmdesk's back is found by whoever reads it."""
    li, wang, zhao = (build_services(s) for s in (branch.li, branch.wang, branch.zhao))
    li.documents.save_image(tmp_path / "li.png", b"png", clients=2)
    wang.documents.save_image(tmp_path / "wang.png", b"png", clients=1)
    li.documents.save_image(tmp_path / "li2.png", b"png", clients=3)
    role = branch.names
    assert [(e.actor, e.clients) for e in li.audit.entries()] == [(role["li"], 2), (role["li"], 3)]
    assert [(e.actor, e.clients) for e in wang.audit.entries()] == [(role["wang"], 1)]
    everyone = zhao.audit.entries()
    assert [e.actor for e in everyone][-3:] == [role["li"], role["wang"], role["li"]]
    assert all(e.verified for e in everyone) and li.audit.broken() == []
    # Any SQL an RM could send: no entry of another, none written in another's name.
    with branch.wang.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one() == 1
    forged = (
        "INSERT INTO audit_log (id, at, kind, clients, sensitive_fields, detail, prev_hash, "
        f"hash, actor) VALUES (9999, now(), 'backup', 0, '', '', '', '', '{role['li']}')"
    )
    with (
        pytest.raises(sa.exc.DBAPIError, match="row-level security"),
        branch.wang.engine.begin() as conn,
    ):
        conn.exec_driver_sql(forged)
    with branch.wang.engine.begin() as conn:  # not even their own: no row to change
        for sql in ("UPDATE audit_log SET clients = 0", "DELETE FROM audit_log"):
            assert conn.exec_driver_sql(sql).rowcount == 0
    assert main(["audit", "--db", url_as(branch.url, role["wang"])]) == 0
    assert capsys.readouterr().out.split("\t")[1:3] == [role["wang"], "chart_png"]
    # The administrator edits Wang's entry with the append-only trigger off.
    with branch.admin.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        conn.exec_driver_sql(f"UPDATE audit_log SET clients = 9 WHERE actor = '{role['wang']}'")
        conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    [edited] = wang.audit.entries()
    assert not edited.verified and wang.audit.broken() == [edited.id]
    assert zhao.audit.broken() == [edited.id]
    assert li.audit.broken() == [], "Li's own entries still verify"


def test_sharing_is_for_a_team_book(db_path, capsys) -> None:
    assert main(["team", "share", "1", "--with", "someone", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "embedded book" in err


# -- TLS: used when the server offers it; verify-full when the team asks -------------


def uses_tls(store: Store) -> bool:
    with store.engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar()
        )


def test_the_connection_is_encrypted_when_the_server_offers_it(postgres_url: str) -> None:
    store = open_store(postgres_url)  # no sslmode said: TLS all the same
    try:
        assert uses_tls(store)
    finally:
        store.close()


def test_verify_full_checks_the_servers_certificate(postgres_url: str, tmp_path) -> None:
    from conftest import postgres_root_cert

    root = postgres_root_cert(postgres_url)
    verified = open_store(f"{postgres_url}?sslmode=verify-full&sslrootcert={root}")
    try:
        assert uses_tls(verified)
    finally:
        verified.close()
    stranger = tmp_path / "other-root.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=another bank", "-keyout", str(tmp_path / "k"), "-out", str(stranger)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    with pytest.raises(ServerNotTrusted) as refused:
        open_store(f"{postgres_url}?sslmode=verify-full&sslrootcert={stranger}")
    assert "root certificate" in refused.value.explain()
    assert "certificate verify failed" in refused.value.detail


@contextlib.contextmanager
def window_on(qtbot, store: Store, settings: Path) -> Iterator[MainWindow]:
    """The window on a book, showing the contacts, the first one selected."""
    from rmdesk.app import Desk
    from rmdesk.ui.common.i18n import Translations
    from rmdesk.ui.common.preferences import Preferences
    from rmdesk.ui.common.tasks import TaskRunner
    from rmdesk.ui.main_menus import CONTACTS

    runner = TaskRunner()
    translations = Translations()
    translations.use("en")
    window = Desk(store, runner, Preferences(settings), translations).window
    qtbot.addWidget(window)
    try:
        window.show()
        window.nav.setCurrentRow(CONTACTS)
        qtbot.waitUntil(lambda: window.book_page.model.complete, timeout=10_000)
        window.book_page.table.selectRow(0)
        qtbot.waitUntil(lambda: len(window.selected_ids()) == 1, timeout=10_000)
        yield window
    finally:
        window.close()
        runner.shutdown()


def test_the_window_shares_the_selected_clients(qtbot, branch: Team, tmp_path, monkeypatch) -> None:
    """Clients → Share with another RM, on a team's book: the RM named sees them."""
    from PySide6.QtWidgets import QInputDialog

    wang = branch.names["wang"]
    with window_on(qtbot, branch.li, tmp_path / "s.ini") as window:
        chosen = window.selected_ids()[0]
        assert window.commands.share_action.isEnabled()
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (f" {wang} ", True))
        window.commands.share_action.trigger()
        qtbot.waitUntil(lambda: wang in window.statusBar().currentMessage(), timeout=10_000)
        assert chosen in contact_ids(branch.wang)
    team.unshare(branch.li, [chosen], wang)


def test_sharing_is_offered_only_on_a_team_book(qtbot, tmp_path) -> None:
    store = open_store(tmp_path / "mine.sqlite")
    build_services(store).contacts.save(Contact(name="本机客户"))
    try:
        with window_on(qtbot, store, tmp_path / "s.ini") as window:
            assert not window.commands.share_action.isEnabled()
    finally:
        store.close()


def test_the_lock_of_a_team_book_asks_the_server_password_it_was_opened_with(
    qtbot, branch: Team, tmp_path
) -> None:
    """An RM who opened the team's book with a password unlocks with it, not with a
    click; one who opened it without (a .pgpass file, a certificate) gets a plain Unlock
    and is told why."""
    from PySide6.QtCore import Qt

    password = "王的 s3cret:@/"
    url = make_url(url_as(branch.url, branch.names["wang"])).set(password=password)
    wang = open_store(url.render_as_string(hide_password=False))
    try:
        assert password not in wang.location, "messages never show the password"
        with window_on(qtbot, wang, tmp_path / "wang.ini") as window:
            lock = window.lock
            lock.lock()
            prompt = lock.prompt
            assert prompt is not None and prompt.passphrase.isVisible()
            assert prompt.passphrase.placeholderText() == "Server password"
            prompt.passphrase.setText("王的 s3cret")  # QTest types ASCII only
            qtbot.keyClick(prompt.passphrase, Qt.Key.Key_Return)
            qtbot.waitUntil(prompt.problem.isVisible, timeout=10_000)
            assert lock.locked and "password for the team's server" in prompt.problem.text()
            prompt.passphrase.setText(password)
            qtbot.keyClick(prompt.passphrase, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
    finally:
        wang.close()
    with window_on(qtbot, branch.li, tmp_path / "li.ini") as window:
        window.lock.lock()
        prompt = window.lock.prompt
        assert prompt is not None and not prompt.passphrase.isVisible()
        assert "without a passphrase" in " ".join(
            label.text() for label in prompt.findChildren(type(prompt.problem))
        )
        prompt.unlock_button.click()
        assert not window.lock.locked


def test_the_audit_window_on_a_team_book_says_who(qtbot, branch: Team, tmp_path) -> None:
    """The branch manager's audit window has the column of who wrote each entry."""
    from rmdesk.ui import data_windows
    from rmdesk.ui.audit_window import WHO, AuditWindow

    build_services(branch.li).documents.save_image(tmp_path / "c.png", b"png", clients=1)
    with window_on(qtbot, branch.zhao, tmp_path / "s.ini") as window:
        data_windows.show_audit(window)
        audit = window.findChild(AuditWindow)
        assert audit is not None
        qtbot.waitUntil(lambda: audit.table.rowCount() > 0, timeout=10_000)
        assert not audit.table.isColumnHidden(WHO)
        who = {audit.table.item(row, WHO).text() for row in range(audit.table.rowCount())}
        assert branch.names["li"] in who
        audit.close()


def test_each_rm_has_their_own_feed_caldav_account_and_sync_state(branch: Team) -> None:
    """The calendar feed, the CalDAV account, My details and what was synced to whose
    phone are each RM's own on a team's book: a colleague neither reads nor changes them."""
    from rmdesk.agenda import caldav_sync as cs
    from rmdesk.agenda import feed

    li_feed = feed.FeedSettings(enabled=True, port=8801, token="li-token")
    feed.save_feed(branch.li, li_feed)
    theirs = feed.load_feed(branch.wang)
    assert not theirs.enabled and theirs.token not in ("", "li-token")
    feed.save_feed(branch.wang, feed.FeedSettings(port=8802, token="wang-token"))
    assert feed.load_feed(branch.li) == li_feed
    cs.save_account(branch.li, cs.Account("https://dav.example.cn/li/", "li"))
    assert cs.load_account(branch.wang) is None
    from rmdesk.domain.profile import Profile

    build_services(branch.li).profile.save(Profile("李明", mobile="13900139000"))
    assert build_services(branch.wang).profile.get() == Profile(), "My details are Li's own"
    role = branch.names
    with branch.wang.engine.connect() as conn:
        owners = {r[0] for r in conn.exec_driver_sql("SELECT owner FROM personal_settings")}
    assert owners == {role["wang"]}
    with (
        pytest.raises(sa.exc.DBAPIError, match="row-level security"),
        branch.wang.engine.begin() as conn,
    ):
        conn.exec_driver_sql(
            "INSERT INTO personal_settings (owner, key, value) "
            f"VALUES ('{role['li']}', 'caldav', '{{}}')"
        )
    # Both sync the same shared visit to their own phones.
    cs._remember(branch.li, [("v@rmdesk", "/li/v.ics", "e-li", "f", 1)], [])
    cs._remember(branch.wang, [("v@rmdesk", "/wang/v.ics", "e-wang", "g", 2)], [])
    assert cs._state(branch.li) == {"v@rmdesk": ("e-li", "f", 1)}
    assert cs._state(branch.wang) == {"v@rmdesk": ("e-wang", "g", 2)}
    cs._remember(branch.wang, [], ["v@rmdesk"])
    assert cs._state(branch.li) == {"v@rmdesk": ("e-li", "f", 1)}, "Wang's sync left Li's"


def test_an_rm_granted_before_an_upgrade_works_in_its_new_tables(postgres_url: str) -> None:
    """An RM given their rights by an older rmdesk keeps working after the upgrade that
    made personal_settings; one granted now gets the tables of later upgrades too."""
    from rmdesk.agenda import feed
    from rmdesk.store import migrate

    suffix = secrets.token_hex(3)
    database, older, newer = f"rmdesk_grant_{suffix}", f"rm_old_{suffix}", f"rm_new_{suffix}"
    root = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {database}")
        for role in (older, newer):
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
    root.dispose()
    url = make_url(postgres_url).set(database=database).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    migrate.upgrade(engine, "0021")
    with engine.begin() as conn:  # as `rmdesk team grant` did then
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {older}")
        conn.exec_driver_sql(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {older}"
        )
    engine.dispose()
    admin = open_store(url)  # today's rmdesk: the upgrade
    team.grant_rm(admin, newer)
    with admin.engine.begin() as conn:  # a later upgrade's new table
        conn.exec_driver_sql("CREATE TABLE later_table (id integer PRIMARY KEY)")
    for role in (older, newer):
        store = open_store(url_as(url, role))
        try:
            feed.save_feed(store, feed.FeedSettings(port=8803, token=f"{role}-token"))
            assert feed.load_feed(store).token == f"{role}-token"
            if role == newer:
                with store.engine.connect() as conn:
                    assert conn.exec_driver_sql("SELECT count(*) FROM later_table").scalar() == 0
        finally:
            store.close()
    admin.close()


def test_a_visit_is_the_schedule_of_the_rm_who_planned_it(branch: Team) -> None:
    """Li shares a client with Wang and both plan visits on the same day: each one's day,
    route, Today and calendar hold their own visits; the client's history holds both."""
    import datetime as dt

    from rmdesk.agenda.items import calendar_items
    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    li, wang = build_services(branch.li), build_services(branch.wang)
    shared = li.contacts.save(Contact(name="共享客户", company="椒江共享贸易"))
    assert team.share(branch.li, [shared], branch.names["wang"]) == 1
    day = dt.date.today() + dt.timedelta(days=3)

    def at(hour: int) -> VisitTime:
        return VisitTime.appointment(dt.datetime.combine(day, dt.time(hour)), 45)

    li_visit = li.planning.save(VisitPlan(shared, at(9), status=VisitStatus.BOOKED))
    wang_visit = wang.planning.save(VisitPlan(shared, at(15), status=VisitStatus.BOOKED))
    for services, mine in ((li, li_visit), (wang, wang_visit)):
        assert [p.id for p in services.planning.day_list(day)[1]] == [mine]
        assert [v.plan_id for v in services.planning.day_to_plan(day).visits] == [mine]
        items = services.keeping.today(day, day)
        assert [i.ref for i in items if i.kind == "appointment"] == [mine]
        calendar = calendar_items(services.store, day, day, festivals_too=False)
        assert len([c for c in calendar if c.kind == "visit"]) == 1
    history = {p.id for p in VisitBook(branch.wang).for_contact(shared)}
    assert history == {li_visit, wang_visit}, "the client's history holds every RM's visits"
    for services, mine in ((li, li_visit), (wang, wang_visit)):
        plan = services.dossiers.briefing(shared, dt.date.today()).plan
        assert plan is not None and plan.id == mine, "the briefing's visit is one's own"
    # Each saves their route of the day: Wang's leaves Li's stop where Li put it.
    start = dt.datetime.combine(day, dt.time(9))
    VisitBook(branch.li).save_route(day, [(li_visit, start, start)])
    VisitBook(branch.wang).save_route(day, [(wang_visit, start, start)])
    with branch.admin.engine.connect() as conn:
        orders = dict(
            conn.exec_driver_sql(
                f"SELECT id, route_order FROM visit_plans WHERE id IN ({li_visit}, {wang_visit})"
            ).all()
        )
    assert orders == {li_visit: 1, wang_visit: 1}
