"""The one background-task class and the one dialog-singleton helper of the desktop.

:class:`JobTask` runs one core job (an import, a web map export…) in QGIS's task manager:
the task is also the feedback object the job reports to (``isCanceled`` and ``setProgress``
come from ``QgsTask``; ``pushInfo``/``pushWarning`` go to the Amuddu log). The job is any
callable taking that feedback; its return value is kept in :attr:`JobTask.result`, and an
:class:`AmudduError` (a cancellation included) in :attr:`JobTask.error`.

:class:`DialogSlot` keeps one dialog per QGIS session: ``show`` makes it on first use and
brings it to the front afterwards; ``close`` (on unload) cancels its running job and drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from qgis.core import QgsApplication, QgsTask

from ..toolbelt.errors import AmudduError
from ..toolbelt.log import logger

D = TypeVar("D")


class JobTask(QgsTask):
    """One job in a worker thread; also the feedback object the job reports to."""

    def __init__(self, title: str, job: Callable[[Any], Any], about: dict[str, Any] | None = None):
        super().__init__(title, QgsTask.CanCancel)
        self.job = job
        #: What the job works on (e.g. its database), for the dialog that reads the result.
        self.about: dict[str, Any] = dict(about or {})
        self.result: Any = None
        self.error = ""

    # The feedback interface of the core jobs (QgsProcessingFeedback's names).
    def pushInfo(self, text: str) -> None:  # noqa: N802
        logger().info(text)

    def pushWarning(self, text: str) -> None:  # noqa: N802
        logger().warning(text)

    def run(self) -> bool:
        try:
            self.result = self.job(self)
        except AmudduError as err:  # cancellation included: its message says nothing was written
            self.error = str(err)
            self.result = None
            return False
        return True

    def start(self, progress: Callable[[int], None], done: Callable[[JobTask, bool], None],
              *, in_background: bool = True) -> None:
        """Run, reporting progress to ``progress`` and the end (task, ok) to ``done`` once.

        ``in_background=False`` runs in the calling thread (tests, and the dialogs' scripted use).
        """
        if not in_background:
            done(self, self.run())
            return
        self.progressChanged.connect(lambda value: progress(int(value)))
        self.taskCompleted.connect(lambda: done(self, True))
        self.taskTerminated.connect(lambda: done(self, False))
        QgsApplication.taskManager().addTask(self)


class DialogSlot(Generic[D]):
    """Holds the one dialog of a kind for the QGIS session."""

    def __init__(self) -> None:
        self.dialog: D | None = None

    def show(self, make: Callable[[], D], refresh: Callable[[D], None] | None = None) -> D:
        """Make the dialog on first use (else ``refresh`` it), show it and bring it forward."""
        if self.dialog is None:
            self.dialog = make()
        elif refresh is not None:
            refresh(self.dialog)
        widget: Any = self.dialog
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return self.dialog

    def close(self) -> None:
        """On unload: cancel the dialog's running job, close it and drop it."""
        widget: Any = self.dialog
        self.dialog = None
        if widget is None:
            return
        cancel = getattr(widget, "cancel", None)
        if cancel is not None:
            cancel()
        widget.close()
        widget.deleteLater()
