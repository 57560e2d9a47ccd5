"""The one progress and cancel helper of every long job.

A job receives Processing's ``QgsProcessingFeedback`` (or a plain ``QgsFeedback``, or None
when a test calls it bare) and wraps it once in :class:`Progress`:

    steps = Progress(feedback, cancelled=tr(CTX, "Cancelled: no map was written."),
                     error=AtlasCanceled)
    steps.check_cancel()              # raises ``error`` with that message when cancelled
    steps.progress(40)                # 0-100 within this job's share of the bar
    part = steps.part(40, 90)         # a stage: its 0-100 is 40-90 of the bar
    steps.info(text); steps.warn(text)  # to the Processing log and the Amuddu log

Pure Python: no QGIS import (the feedback is used through its methods only).
"""

from __future__ import annotations

from typing import Any

from .errors import Canceled
from .log import logger


class Progress:
    """Progress, cancellation and messages of one job (or of one stage of it)."""

    def __init__(self, feedback: Any, *, cancelled: str = "", error: type[Exception] = Canceled,
                 start: float = 0.0, end: float = 100.0):
        self.feedback = feedback
        self.cancelled_message = cancelled
        self.error = error
        self.start = start
        self.end = end

    def is_cancelled(self) -> bool:
        return self.feedback is not None and bool(self.feedback.isCanceled())

    def check_cancel(self) -> None:
        """Raise ``error`` (worded by ``cancelled``) when the user asked to stop."""
        if self.is_cancelled():
            raise self.error(self.cancelled_message)

    def progress(self, value: float) -> None:
        """``value`` in 0-100 of this job's share of the bar."""
        if self.feedback is not None:
            value = min(max(float(value), 0.0), 100.0)
            self.feedback.setProgress(self.start + (self.end - self.start) * value / 100.0)

    def part(self, start: float, end: float) -> Progress:
        """A stage that runs from ``start`` to ``end`` (0-100) of this job's bar."""
        span = self.end - self.start
        return Progress(self.feedback, cancelled=self.cancelled_message, error=self.error,
                        start=self.start + span * start / 100.0, end=self.start + span * end / 100.0)

    def info(self, text: str) -> None:
        logger().info(text)
        if self.feedback is not None and hasattr(self.feedback, "pushInfo"):  # QgsFeedback has none
            self.feedback.pushInfo(text)

    def warn(self, text: str) -> None:
        logger().warning(text)
        if self.feedback is None:
            return
        push = getattr(self.feedback, "pushWarning", None) or getattr(self.feedback, "pushInfo", None)
        if push is not None:
            push(text)


def progress_of(feedback: Any, *, cancelled: str = "", error: type[Exception] = Canceled) -> Progress:
    """``feedback`` as a :class:`Progress` (a Progress is returned as it is)."""
    if isinstance(feedback, Progress):
        return feedback
    return Progress(feedback, cancelled=cancelled, error=error)
