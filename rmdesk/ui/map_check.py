"""The self-test's map check: the map page rendered and loaded in Qt WebEngine with every
network request refused, then asked whether Leaflet and rmdesk's script are there."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWidgets import QApplication

LOAD_TIMEOUT_MS = 30_000


class _Offline(QWebEngineUrlRequestInterceptor):
    """Refuses (and remembers) every request that would leave the machine."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in ("file", "qrc", "data", "about"):
            self.refused.append(url.toString())
            info.block(True)


def check_map_page() -> str:
    """'' when the page loads offline with its scripts; else what went wrong."""
    from rmdesk.mapping.page import Tiles, asset_links, write_page

    scripts, styles = asset_links()
    missing = [
        url
        for _name, url in [*scripts, *styles]
        if url.startswith("file:") and not Path(QUrl(url).toLocalFile()).is_file()
    ]
    if missing:
        return "missing asset " + ", ".join(missing)
    if QApplication.instance() is None:
        import os
        import sys

        from PySide6.QtCore import QCoreApplication, Qt

        if sys.platform.startswith("linux") and os.geteuid() == 0:
            # Chromium refuses to run as root with its sandbox (as app.run says).
            os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        QApplication(["rmdesk"])
    folder = Path(tempfile.mkdtemp(prefix="rmdesk-selftest-map-"))
    path = write_page(folder, Tiles.NONE)
    profile = QWebEngineProfile.defaultProfile()
    offline = _Offline()
    profile.setUrlRequestInterceptor(offline)  # for this check only
    page = QWebEnginePage(profile)
    loop = QEventLoop()
    result: dict[str, object] = {}

    def loaded(ok: bool) -> None:
        result["loaded"] = ok

        def answered(ready: object) -> None:
            result["ready"] = ready
            loop.quit()

        page.runJavaScript("typeof L === 'object' && typeof rmdeskMap === 'object'", 0, answered)

    page.loadFinished.connect(loaded)
    QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
    page.load(QUrl.fromLocalFile(str(path)))
    loop.exec()
    profile.setUrlRequestInterceptor(None)  # type: ignore[arg-type]  # None removes it
    import shiboken6

    shiboken6.delete(page)  # now: the profile outlives its page
    if offline.refused:
        return "the page asked the network for " + ", ".join(offline.refused[:3])
    if not result.get("loaded"):
        return "the page did not load"
    if result.get("ready") is not True:
        return "the page loaded without Leaflet or rmdesk's map script"
    return ""
