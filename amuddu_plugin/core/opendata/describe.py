"""The README and the DCAT description (``metadata.json``) of an open-data export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...definitions import opendata as O
from ...definitions.model import LANGUAGES, SERVICE, SERVICE_POINT, Label
from .read import OpenData
from .write import POINT_COLUMNS

_IANA = "https://www.iana.org/assignments/media-types/"
_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "locn": "http://www.w3.org/ns/locn#", "gsp": "http://www.opengis.net/ont/geosparql#",
}


@dataclass
class Facts:
    """What the README and metadata.json say about one export."""

    licence: O.Licence
    language: str
    issued: str  # ISO date-time of the export
    modified: str  # last change of a published point (ISO), or the export's time
    data_version: str  # the reference data's version (amuddu_meta)
    sources: str  # the reference data's sources (amuddu_meta)
    credits: list[str]  # attribution of the reference layers


def _t(key: str, language: str) -> str:
    return O.TEXTS[key].get(language)


def field_labels() -> list[tuple[str, str, Label]]:
    """(file, field, label) for every published field."""
    point = {f.name: f.label for f in SERVICE_POINT.fields} | O.EXTRA_FIELDS
    service = {f.name: f.label for f in SERVICE.fields}
    return ([("service_points", c, point[c]) for c in POINT_COLUMNS]
            + [("services", c, service[c]) for c in O.SERVICE_FIELDS])


def readme(data: OpenData, facts: Facts, files: Sequence[str]) -> str:
    lang = facts.language
    lic = facts.licence
    lines = [f"# {_t('title', lang)}", "", _t("description", lang), "",
             f"- {_t('licence', lang)}: [{lic.name} ({lic.code})]({lic.url})",
             f"- {_t('issued', lang)}: {facts.issued}",
             f"- {_t('version', lang)}: {facts.modified[:10]} ({facts.data_version})",
             f"- {_t('counts', lang)}: {len(data.points)} {_t('points', lang)}, "
             f"{len(data.services)} {_t('services', lang)}",
             f"- {O.TEXTS['publisher'].get(lang)}", "",
             f"## {_t('files', lang)}", ""]
    lines += [f"- `{name}` ({O.FILES[name]})" for name in files]
    lines += ["", _t("coordinates", lang), "", f"## {_t('fields', lang)}", "",
              f"| {_t('field', lang)} | {_t('meaning', lang)} |", "|---|---|"]
    lines += [f"| `{table}.{name}` | {label.get(lang)} |" for table, name, label in field_labels()]
    lines += ["", f"## {_t('sources', lang)}", "", f"- {_t('institutions_credit', lang)}"]
    lines += [f"- {text}" for text in (facts.sources, *facts.credits) if text]
    return "\n".join(lines) + "\n"


def _texts(key: str) -> list[dict[str, str]]:
    return [{"@language": lang, "@value": O.TEXTS[key].get(lang)} for lang in LANGUAGES]


def _bbox() -> str:
    w, s, e, n = O.MOROCCO_BBOX
    return f"POLYGON(({w} {s},{e} {s},{e} {n},{w} {n},{w} {s}))"


def dcat(data: OpenData, facts: Facts, folder: Path, files: Sequence[str]) -> dict[str, Any]:
    """A DCAT dataset (JSON-LD) with one distribution per file of ``folder``."""
    lic = {"@id": facts.licence.url, "dct:identifier": facts.licence.code,
           "dct:title": facts.licence.name}
    return {
        "@context": _CONTEXT,
        "@type": "dcat:Dataset",
        "dct:title": _texts("title"),
        "dct:description": _texts("description"),
        "dct:license": lic,
        "dct:issued": {"@value": facts.issued, "@type": "xsd:dateTime"},
        "dct:modified": {"@value": facts.modified, "@type": "xsd:dateTime"},
        "dcat:version": f"{facts.modified[:10]} ({facts.data_version})",
        "dct:language": [{"@id": f"http://id.loc.gov/vocabulary/iso639-1/{lang}"} for lang in LANGUAGES],
        "dct:publisher": {"@type": "foaf:Organization",
                          "foaf:name": _texts("publisher")},
        "dct:spatial": {"@type": "dct:Location",
                        "dcat:bbox": {"@value": _bbox(), "@type": "gsp:wktLiteral"}},
        "dcat:keyword": ["migrants", "emploi", "formation professionnelle", "Maroc", "HSDS"],
        "dct:source": [text for text in (facts.sources, *facts.credits) if text],
        "dct:extent": {"service_points": len(data.points), "services": len(data.services)},
        "dcat:distribution": [{
            "@type": "dcat:Distribution",
            "dct:title": name,
            "dcat:downloadURL": {"@id": name},
            "dcat:mediaType": {"@id": _IANA + O.FILES[name]},
            "dcat:byteSize": {"@value": (folder / name).stat().st_size,
                              "@type": "xsd:nonNegativeInteger"},
            "dct:license": lic,
        } for name in files],
    }
