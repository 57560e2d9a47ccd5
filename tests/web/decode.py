"""Reading an exported web map back in Python, independently of the page's JavaScript:
the JSON blocks of index.html and the columnar format decoded into one dict per point."""

from __future__ import annotations

import base64
import json
import re
import uuid
from pathlib import Path
from typing import Any

_BLOCK = r'<script type="application/json" id="{}">(.*?)</script>'


def json_block(index: Path, block_id: str) -> Any:
    text = Path(index).read_text(encoding="utf-8")
    found = re.findall(_BLOCK.format(re.escape(block_id)), text, flags=re.S)
    assert len(found) == 1, f"{block_id}: {len(found)} blocks"
    return json.loads(found[0])


def front_decoded(table: dict[str, list[Any]]) -> list[str]:
    """The string table; prefix lengths count UTF-16 code units, as in JavaScript."""
    out: list[str] = []
    previous = ""
    for prefix, suffix in zip(table["prefix"], table["suffix"]):
        units = previous.encode("utf-16-le")[: 2 * prefix].decode("utf-16-le")
        previous = units + suffix
        out.append(previous)
    return out


def column(coded: dict[str, Any]) -> list[str]:
    """A text column: plain, or front- or back-coded against the previous value."""
    if coded["coding"] == "plain":
        return list(coded["text"])
    out: list[str] = []
    previous = ""
    for shared, rest in zip(coded["shared"], coded["text"]):
        if not shared:
            previous = rest
        elif coded["coding"] == "front":
            previous = previous[:shared] + rest
        else:
            previous = rest + previous[len(previous) - shared:]
        out.append(previous)
    return out


def uuid_of(public_id: str) -> str:
    return str(uuid.UUID(bytes=base64.urlsafe_b64decode(public_id + "==")))


def points(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One dict per exported point: uuid, lon, lat, institution, names, services..."""
    p, s, vocab = data["points"], data["services"], data["vocab"]
    strings = front_decoded(data["strings"])

    columns = {key: {lang: column(coded) for lang, coded in p[key].items()} for key in ("name", "address")}
    phones, emails = column(p["phone"]), column(p["email"])

    def text(key: str, i: int) -> dict[str, str]:
        return {lang: values[i] for lang, values in columns[key].items() if values[i]}

    def detail_text(by_lang: dict[str, int]) -> dict[str, str]:
        return {lang: strings[k] for lang, k in by_lang.items() if k}

    def codes(set_index: int, kind: str) -> list[str]:
        return [] if set_index < 0 else [vocab[kind][k]["code"] for k in vocab["sets"][set_index]]

    out = []
    first = 0
    for i in range(p["n"]):
        count = p["services"][i]
        details = [vocab["service_details"][s["detail"][q]] for q in range(first, first + count)]
        services = [
            {
                "category": vocab["category"][s["category"][q]]["code"],
                "description": detail_text(detail["description"]),
                "eligibility": codes(detail["eligibility"], "eligibility"),
                "how_to_apply": detail_text(detail["how_to_apply"]),
                "fees": detail_text(detail["fees"]),
                "min_age": detail["min_age"],
                "max_age": detail["max_age"],
            }
            for q, detail in zip(range(first, first + count), details)
        ]
        first += count
        hours = vocab["hours"][p["hours"][i]] if p["hours"][i] >= 0 else None
        out.append({
            "uuid": uuid_of(p["id"][22 * i: 22 * i + 22]),
            "lon": (p["x"][i] + p["x0"]) / p["scale"],
            "lat": (p["y"][i] + p["y0"]) / p["scale"],
            "institution": vocab["institution"][p["institution"][i]]["code"],
            "facility_type": vocab["facility_type"][p["facility_type"][i]]["code"],
            "name": text("name", i),
            "address": text("address", i),
            "town": vocab["town"][p["town"][i]] if p["town"][i] >= 0 else None,
            "region": vocab["region"][p["region"][i]]["code"] if p["region"][i] >= 0 else None,
            "province": vocab["province"][p["province"][i]]["code"] if p["province"][i] >= 0 else None,
            "phone": phones[i],
            "email": emails[i],
            "website": strings[p["website"][i]],
            "hours": hours,
            "languages": codes(p["languages"][i], "language"),
            "eligibility": codes(p["eligibility"][i], "eligibility"),
            "status": data["labels"]["statuses"][p["status"][i]],
            "verified": strings[p["verified"][i]],
            "services": services,
        })
    return out
