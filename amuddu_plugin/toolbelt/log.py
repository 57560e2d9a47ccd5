"""The ``amuddu`` logger, shown in QGIS's message log panel under the "Amuddu" tab."""

from __future__ import annotations

import logging

LOGGER_NAME = "amuddu"
_TAG = "Amuddu"


class QgsMessageLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            from qgis.core import Qgis, QgsMessageLog
        except ImportError:  # pragma: no cover - outside QGIS
            return
        if record.levelno >= logging.ERROR:
            level = Qgis.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.Warning
        else:
            level = Qgis.Info
        QgsMessageLog.logMessage(self.format(record), _TAG, level)


def logger() -> logging.Logger:
    log = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, QgsMessageLogHandler) for h in log.handlers):
        log.addHandler(QgsMessageLogHandler())
        log.setLevel(logging.INFO)
    return log
