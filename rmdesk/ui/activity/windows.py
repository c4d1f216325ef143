"""Opening the activity windows: one of each, brought to the front when asked again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from rmdesk.ui.activity.numbers_window import NumbersWindow
from rmdesk.ui.activity.pipeline_window import PipelineWindow
from rmdesk.ui.common.context import Context


def _front(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def show_pipeline(
    ctx: Context, parent: QWidget, open_contact: Callable[[int], object]
) -> PipelineWindow:
    window = parent.findChild(PipelineWindow)
    if window is None:
        window = PipelineWindow(ctx, parent)
        window.open_contact.connect(open_contact)
    _front(window)
    return window


def show_numbers(ctx: Context, parent: QWidget) -> NumbersWindow:
    window = parent.findChild(NumbersWindow) or NumbersWindow(ctx, parent)
    _front(window)
    return window
