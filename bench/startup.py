"""Start-up: rmdesk on the bench book (100,000 contacts unless RMDESK_BENCH_CONTACTS
says otherwise) vs a bare PySide6 window with an empty table.

Both are timed the same way: from launching a Python process to the first paint of a
list whose first rows are on screen (rmdesk's first screen is Today), with Python's
compiled modules kept as an installed app has them. One run of each warms the caches;
then runs alternate so that machine noise hits both; medians. Target (issue 13): at
most 1.5x.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import SIZE, bench_book, median

PAINTED = "painted"
TARGET = 1.5


def report_first_paint(widget) -> None:  # type: ignore[no-untyped-def]
    """Print PAINTED and end the process at the widget's next paint."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(PAINTED, flush=True)
                os._exit(0)
            return False

    widget.installEventFilter(Painted(widget))


def child_bare() -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(["bare"])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 8))
    window.setCentralWidget(table)
    window.resize(1280, 780)
    report_first_paint(table.viewport())
    window.show()
    app.exec()


def child_rmdesk(db: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rmdesk.app import run
    from rmdesk.ui.main_window import MainWindow

    app = QApplication(["rmdesk"])

    def watch() -> None:
        """Find the window, then wait for Today's first rows (the screen rmdesk opens on:
        the day's appointments, calls and follow-ups, with the rest of the day read after
        them) on the page's signal: polling from Python meanwhile would hold the GIL the
        worker needs."""
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                viewport = widget.today_page.tree.viewport()

                def rows_in(viewport=viewport) -> None:  # type: ignore[no-untyped-def]
                    report_first_paint(viewport)
                    viewport.update()

                if widget.today_page.items:
                    rows_in()
                else:
                    widget.today_page.first_rows.connect(rows_in)
                return
        QTimer.singleShot(1, watch)

    QTimer.singleShot(0, watch)
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    run(db=db, lang="en", settings=settings)


def time_child(args: list[str]) -> float:
    # As installed: Python keeps compiled modules (pip compiles them at install; the
    # warm-up run writes them for a source checkout), even where the shell says not to.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    proc.stdout.close()
    if line != PAINTED:
        raise SystemExit(f"child {args} did not paint (exit {proc.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "rmdesk"])
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return
    if args.child == "rmdesk":
        child_rmdesk(args.db)
        return
    db = str(bench_book())
    time_child(["--child", "bare"])  # warm the OS caches for both
    time_child(["--child", "rmdesk", "--db", db])
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(time_child(["--child", "bare"]))
        ours.append(time_child(["--child", "rmdesk", "--db", db]))
    ratio = median(ours) / median(bare)
    print(f"start-up to the first painted rows, median of {args.runs}", end=" ")
    print(f"(bare {median(bare) * 1000:.0f} ms)")
    print(f"rmdesk, {SIZE:,} contacts: {ratio:.2f} x a bare PySide6 window (target <= {TARGET})")
    print(f"startup: {'target met' if ratio <= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
