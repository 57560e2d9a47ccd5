"""The desktop's one background-task class and one dialog-singleton helper (gui/tasks.py)."""

from __future__ import annotations

import time

import pytest

from amuddu_plugin.toolbelt.errors import AmudduError, Canceled
from amuddu_plugin.toolbelt.progress import progress_of


def _wait(app, task, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while task.status() not in (task.Complete, task.Terminated) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)


def test_a_job_runs_in_the_background_reports_progress_and_keeps_its_result(qgis_app):
    from amuddu_plugin.gui.tasks import JobTask

    def job(feedback):
        steps = progress_of(feedback)
        for value in (25, 50, 100):
            steps.progress(value)
        steps.info("half way")
        return {"points": 7}

    seen: list[int] = []
    ends: list[tuple[object, bool]] = []
    task = JobTask("a job", job, about={"database": "x.gpkg"})
    task.start(seen.append, lambda t, ok: ends.append((t.result, ok)))
    _wait(qgis_app, task)
    for _ in range(20):  # the end signal is queued to the main thread
        qgis_app.processEvents()
    assert ends == [({"points": 7}, True)]
    assert seen and seen[-1] == 100 and task.about == {"database": "x.gpkg"}


@pytest.mark.parametrize("error", [AmudduError("The file is empty."), Canceled("Cancelled: nothing was written.")])
def test_a_failed_or_cancelled_job_keeps_the_message_and_no_result(qgis_app, error):
    from amuddu_plugin.gui.tasks import JobTask

    def job(feedback):
        raise error

    ends: list[tuple[object, bool, str]] = []
    task = JobTask("a job", job)
    task.start(lambda value: None, lambda t, ok: ends.append((t.result, ok, t.error)), in_background=False)
    assert ends == [(None, False, str(error))]


def test_cancelling_stops_the_job_through_its_feedback(qgis_app):
    from amuddu_plugin.gui.tasks import JobTask

    def job(feedback):
        steps = progress_of(feedback, cancelled="Cancelled: nothing was written.")
        for _ in range(2000):
            steps.check_cancel()
            time.sleep(0.005)
        return "finished"

    ends: list[tuple[object, bool, str]] = []
    task = JobTask("a long job", job)
    task.start(lambda value: None, lambda t, ok: ends.append((t.result, ok, t.error)))
    time.sleep(0.1)
    task.cancel()
    _wait(qgis_app, task)
    for _ in range(20):
        qgis_app.processEvents()
    assert ends == [(None, False, "Cancelled: nothing was written.")]


def test_one_dialog_per_session_brought_forward_and_dropped_on_unload(qgis_app):
    from qgis.PyQt.QtWidgets import QDialog

    from amuddu_plugin.gui.tasks import DialogSlot

    made: list[QDialog] = []
    cancelled: list[QDialog] = []
    refreshed: list[QDialog] = []

    class Dialog(QDialog):
        def cancel(self) -> None:
            cancelled.append(self)

    def make() -> Dialog:
        made.append(Dialog())
        return made[-1]

    slot: DialogSlot[Dialog] = DialogSlot()
    first = slot.show(make, refreshed.append)
    second = slot.show(make, refreshed.append)
    assert first is second and len(made) == 1 and refreshed == [first] and first.isVisible()
    slot.close()
    assert cancelled == [first] and not first.isVisible() and slot.dialog is None
    assert slot.show(make) is not first and len(made) == 2
    slot.close()
