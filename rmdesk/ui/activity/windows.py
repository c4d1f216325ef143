"""Opening the activity windows: one of each, brought to the front when asked again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from rmdesk.ui.common.context import Context


def show(
    name: str,
    ctx: Context,
    parent: QWidget,
    open_contact: Callable[[int], object],
    chosen_ids: list[int],
    by_hand: bool = False,
) -> QWidget:
    """The window `name` ("pipeline", "numbers" or "calls"), made on first use; the call
    list is made of the contacts chosen in the book when several are, or of the ones
    given `by_hand` (one from Today), else of prospects by stage, tie and district."""
    from rmdesk.ui.activity.call_list_window import CallListWindow
    from rmdesk.ui.activity.numbers_window import NumbersWindow
    from rmdesk.ui.activity.pipeline_window import PipelineWindow

    kinds: dict[str, type[QWidget]] = {
        "pipeline": PipelineWindow,
        "numbers": NumbersWindow,
        "calls": CallListWindow,
    }
    chosen_ids = chosen_ids if len(chosen_ids) > 1 or by_hand else []
    window = parent.findChild(kinds[name])
    if name == "calls" and window is not None and chosen_ids:
        window.close()
        window.deleteLater()
        window = None  # a new list for the contacts chosen now
    if window is None:
        if name == "pipeline":
            window = PipelineWindow(ctx, parent)
            window.open_contact.connect(open_contact)
        elif name == "calls":
            window = CallListWindow(ctx, chosen_ids, parent)
        else:
            window = NumbersWindow(ctx, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
