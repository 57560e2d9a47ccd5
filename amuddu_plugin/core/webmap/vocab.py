"""The vocabularies and labels the web map's document carries: institutions' colours,
websites and acronyms made safe, provinces and facility types linked by position, field
and choice labels from the model in the exported languages, and the check of the exported
languages themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...definitions.model import (
    CHOICE_LABELS,
    LANGUAGES,
    SERVICE,
    SERVICE_POINT,
    WHEELCHAIR,
    Kind,
    table,
)
from ...toolbelt.i18n import tr
from ..store.database import StoreError
from .common import EXPORTED_STATUSES, PUBLIC_POINT_FIELDS, PUBLIC_SERVICE_FIELDS, Warnings
from .texts import _COLOUR, DEFAULT_COLOUR, clean_text, public_label, web_url

CTX = "WebMap"

#: The vocabularies of the document: its key, and the vocabulary read (reader.py).
_VOCABULARIES = (("institution", "institution"), ("category", "category"),
                 ("facility_type", "facility_type"), ("eligibility", "eligibility"),
                 ("language", "language"), ("region", "region"), ("province", "province"))


def _prepare_vocabularies(vocab: dict[str, Any], warnings: Warnings) -> dict[str, dict[str, int]]:
    """Institutions' colours, websites and acronyms made safe, provinces and facility types
    linked to their region and institution by position; the positions of the codes whose
    lists the points hold."""
    institution, provinces, facility = vocab["institution"], vocab["province"], vocab["facility_type"]
    for entry in institution.entries:
        colour = str(entry.get("colour") or "")
        if not _COLOUR.match(colour):
            warnings.add(tr(CTX, "institution %1: the colour %2 is not like #0072b2; grey is used.",
                            entry["code"], colour or "∅"))
            entry["colour"] = DEFAULT_COLOUR
        entry["website"] = web_url(str(entry.get("website") or "")) or ""
        entry["acronym"] = clean_text(entry.get("acronym")) or entry["code"]
    region_pos = vocab["region"].position()
    for entry in provinces.entries:
        entry["region"] = region_pos.get(str(entry.pop("region_code") or ""), -1)
    institution_pos = institution.position()
    for entry in facility.entries:
        entry["institution"] = institution_pos.get(str(entry.get("institution") or ""), -1)
    return {"eligibility": vocab["eligibility"].position(), "languages": vocab["language"].position()}


def _labels(languages: Sequence[str]) -> dict[str, Any]:
    """Field, choice and table labels from the model, in the exported languages."""
    field_labels: dict[str, dict[str, str]] = {}
    for t, names in ((SERVICE_POINT, PUBLIC_POINT_FIELDS), (SERVICE, PUBLIC_SERVICE_FIELDS)):
        for name in names:
            f = t.field(name)
            key = name[: -len(f.language) - 1] if f.language else name
            if f.kind is Kind.UUID:
                continue
            label = {k: v for k, v in public_label(f.label).items() if k in languages}
            if t is SERVICE and key in field_labels and field_labels[key] != label:
                key = "service_" + key
            field_labels.setdefault(key, label)
    choices = {
        code: {k: v for k, v in public_label(CHOICE_LABELS[code]).items() if k in languages}
        for code in (*WHEELCHAIR, *EXPORTED_STATUSES)
    }
    tables = {
        t.name: {lang: t.label.get(lang) for lang in languages}
        for t in (SERVICE_POINT, SERVICE, table("region"), table("province"))
    }
    return {"fields": field_labels, "choices": choices, "tables": tables,
            "wheelchair": list(WHEELCHAIR), "statuses": list(EXPORTED_STATUSES)}


def check_languages(languages: Sequence[str], default: str) -> tuple[list[str], str]:
    """The exported languages (known, without duplicates, in the given order) and the
    default one; raises StoreError with a clear message otherwise."""
    out: list[str] = []
    for lang in languages:
        code = lang.strip().lower()
        if not code:
            continue
        if code not in LANGUAGES:
            raise StoreError(tr(CTX, "Unknown language %1: the web map can be in %2.",
                                code, ", ".join(LANGUAGES)))
        if code not in out:
            out.append(code)
    if not out:
        raise StoreError(tr(CTX, "No language was given for the web map (e.g. fr,ar,en)."))
    default = (default or "").strip().lower() or out[0]
    if default not in out:
        raise StoreError(tr(CTX, "The default language %1 is not one of the exported languages (%2).",
                            default, ", ".join(out)))
    return out, default
