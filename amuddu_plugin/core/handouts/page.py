"""One town's handout: the template filled with the town's texts, map, QR code and list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsExpressionContextUtils, QgsLayoutItemLabel, QgsPrintLayout
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont

from ...definitions.formats import TEMPORARILY_CLOSED
from ...definitions.handouts import DECIMAL_MARK, FONT_ARABIC, FONT_LATIN, LIST_JOINER, RIGHT_TO_LEFT, TEXTS
from ...definitions.model import Label
from ...definitions.urls import webmap_url
from ..values import opening_hours
from .qr import write_qr_svg
from .rows import Block, Flow, add_heading, add_note, add_row, row_height
from .select import Group, Service, Town
from .template import ITEM_AREA, ITEM_MAP, ITEM_QR, body_size
from .town_map import MapLayers, frame_town

_CANONICAL_PHONE = re.compile(r"^\+212([5-8])(\d{2})(\d{2})(\d{2})(\d{2})$")


@dataclass(frozen=True)
class PageFacts:
    """What every page of one export shares."""

    languages: tuple[str, str]
    radius_km: float
    webmap_url: str
    produced_on: str
    data_version: str
    samples: bool
    paper: str


def fill(text: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def number_text(value: float, language: str) -> str:
    return f"{value:.1f}".replace(".", DECIMAL_MARK.get(language, "."))


def readable_phone(value: str) -> str:
    """``+212536123456`` -> ``0536 12 34 56`` (as Moroccan numbers are printed); several
    numbers stay separated by ``;``; anything else is printed as stored."""
    out = []
    for part in (p.strip() for p in value.split(";")):
        match = _CANONICAL_PHONE.match(part)
        out.append(f"0{match.group(1)}{match.group(2)} {match.group(3)} {match.group(4)} "
                   f"{match.group(5)}" if match else part)
    return " ; ".join(p for p in out if p)


def service_block(service: Service, language: str) -> Block:
    """A service in one language: name and distance, then address, phone, hours, offers."""
    km = fill(TEXTS["km"].get(language), number_text(service.distance_km, language))
    block = Block(language, f"{service.name.get(language)} – {km}")
    contact = [service.address.get(language)] if service.address.get(language) else []
    if service.phone:
        contact.append(fill(TEXTS["phone"].get(language), readable_phone(service.phone)))
    if contact:
        block.lines.append(" · ".join(contact))
    if service.opening_hours and not opening_hours.error(service.opening_hours):
        words = opening_hours.in_words(service.opening_hours, language)
        block.lines.append(fill(TEXTS["hours"].get(language), words))
    if service.offers:
        offers = LIST_JOINER.get(language, ", ").join(o.get(language) for o in service.offers)
        block.lines.append(fill(TEXTS["offers"].get(language), offers))
    if service.status == TEMPORARILY_CLOSED:
        block.lines.append(TEXTS[TEMPORARILY_CLOSED].get(language))
    return block


def _name(label: Label, language: str) -> str:
    return label.get(language)


def page_variables(town: Town, facts: PageFacts) -> dict[str, str]:
    first, second = facts.languages
    radius = number_text(facts.radius_km, first).removesuffix(",0").removesuffix(".0")
    radius_second = number_text(facts.radius_km, second).removesuffix(",0").removesuffix(".0")
    sample = [TEXTS["sample"].get(first)] if facts.samples else []
    return {
        "amuddu_town_first": _name(town.name, first),
        "amuddu_town_second": _name(town.name, second),
        "amuddu_subtitle_first": TEXTS["subtitle"].get(first) + "\n"
        + fill(TEXTS["within"].get(first), radius),
        "amuddu_subtitle_second": TEXTS["subtitle"].get(second) + "\n"
        + fill(TEXTS["within"].get(second), radius_second),
        "amuddu_scan": TEXTS["scan"].get(first) + "\n" + TEXTS["scan"].get(second),
        "amuddu_url": town_url(town, facts),
        "amuddu_check_first": _check(first, facts),
        "amuddu_check_second": _check(second, facts),
        "amuddu_credits": " · ".join([TEXTS["credits"].get(first), TEXTS["sources"].get(first),
                                      *sample]),
    }


def _check(language: str, facts: PageFacts) -> str:
    """"Check before you go", the date and data version kept left to right (embedded) in a
    right-to-left language, so that the bidi algorithm does not reorder their parts."""
    date, version = facts.produced_on, facts.data_version
    if language in RIGHT_TO_LEFT:
        date, version = f"\u202a{date}\u202c", f"\u202a{version}\u202c"
    return fill(TEXTS["check"].get(language), date, version)


def town_url(town: Town, facts: PageFacts) -> str:
    """The web map at the town, in the first language of the pair (the QR code's text)."""
    return webmap_url(facts.webmap_url, lang=facts.languages[0], place=town.slug)


def _second_column_direction(layout: QgsPrintLayout, language: str) -> None:
    """The template draws the second column for Arabic; a left-to-right second language
    gets the Latin font and left alignment."""
    if language in RIGHT_TO_LEFT:
        return
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.id().endswith("-second"):
            font = QFont(item.font())
            if font.family() == FONT_ARABIC:
                font.setFamily(FONT_LATIN)
            item.setFont(font)
            item.setHAlign(Qt.AlignLeft)


def fill_page(layout: QgsPrintLayout, town: Town, groups: Sequence[Group], facts: PageFacts,
              layers: MapLayers, qr_file: Path) -> list:
    """Fill ``layout`` (a fresh copy of the template) for ``town``; returns the layers made
    for its map (the caller removes them once the page is exported)."""
    QgsExpressionContextUtils.setLayoutVariables(layout, page_variables(town, facts))
    _second_column_direction(layout, facts.languages[1])
    write_qr_svg(town_url(town, facts), qr_file)
    qr = layout.itemById(ITEM_QR)
    qr.setPicturePath(str(qr_file))
    services = [s for g in groups for s in g.services]
    made = frame_town(layout.itemById(ITEM_MAP), layers, town, services, facts.radius_km)
    area = layout.itemById(ITEM_AREA)
    rect = QRectF(area.pos().x(), area.pos().y(), area.rect().width(), area.rect().height())
    flow = Flow(layout, rect, body_size(facts.paper))
    first, second = facts.languages
    if not services:
        add_note(flow, Block(first, TEXTS["none"].get(first)), Block(second, TEXTS["none"].get(second)))
    number = 0
    for group in groups:
        inst = group.institution
        blocks = [(service_block(s, first), service_block(s, second)) for s in group.services]
        add_heading(flow, Block(first, f"{inst.acronym} – {inst.name.get(first)}"),
                    Block(second, inst.name.get(second)), inst.colour, inst.icon,
                    row_height(flow, *blocks[0]))
        for a, b in blocks:
            number += 1
            add_row(flow, number, a, b, inst.colour, inst.icon)
    return made
