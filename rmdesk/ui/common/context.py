"""What every screen is given: the services, their change events on the GUI thread,
the two workers, and the user's preferences."""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.services import Services
from rmdesk.ui.common.changes import Changes
from rmdesk.ui.common.preferences import Preferences
from rmdesk.ui.common.tasks import TaskRunner


@dataclass(frozen=True)
class Context:
    services: Services
    changes: Changes  # the services' events, delivered on the GUI thread
    runner: TaskRunner  # the database worker: every read and write of the book
    network: TaskRunner  # the network worker: servers that may be slow or silent
    prefs: Preferences
