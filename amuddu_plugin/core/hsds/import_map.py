"""HSDS tables -> candidate service points with their services (the reverse of :mod:`.directory`).

One candidate per HSDS ``location``, keeping its id as the point's uuid; its services are
the HSDS services at it (``service_at_location``), keeping theirs. Field by field, the
mapping is the export's, read from :mod:`amuddu_plugin.definitions.hsds`:

- ``organization`` -> the institution whose HSDS id, code, acronym or name it has; an
  organization that matches none is reported and its locations are not imported (an
  import never creates an institution);
- ``location``: names (and the extension's other languages), ``url`` -> website,
  ``external_identifier``, coordinates (checked against Morocco; without them the town of
  the address places the point); the first ``address`` -> address and town, or, without
  one, the description as the address text (as the export writes it); ``phone`` numbers;
  ``schedule`` -> opening hours (:func:`.schedule.from_schedules`: what they cannot say goes
  in the notes, reported); ``language``; ``accessibility`` ``wheelchair=...``; the
  facility-type attribute;
- ``service``: its category and eligibility attributes (a taxonomy term is found by its
  Amuddu id, code or name in any language), texts, ages; its ``status``, ``email``,
  ``assured_date`` and ``last_modified`` describe the point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from ...definitions import hsds
from ...definitions.formats import codes_value
from ...definitions.model import SERVICE_POINT
from ...toolbelt.i18n import tr
from ..imports.candidate import Candidate
from ..imports.common import NOTE, REJECTED, WARNING, Problem, Vocabularies
from ..store.places import Gazetteer, Territory
from ..values.normalise import fold
from .import_lookup import Lookup
from .package import Package, Row, at
from .schedule import from_schedules

CTX = "HSDS"
_ADDRESS_LANGUAGES = [f.language for f in SERVICE_POINT.fields
                      if f.name.startswith("address_") and f.language]


@dataclass
class Mapped:
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # of locations not imported, organizations


class _Mapper(Lookup):
    """Maps the locations, one by one, to candidates."""

    def __init__(self, package: Package, vocab: Vocabularies, gazetteer: Gazetteer,
                 territory: Territory):
        super().__init__(package, vocab, gazetteer, territory)
        self.out = Mapped()

    # -- locations --------------------------------------------------------------------------
    def location(self, number: int, loc: Row) -> None:
        lid, where = str(loc["id"]), self.where("location", loc)
        problems: list[Problem] = []
        institution = self.institution(loc.get("organization_id")) or next(
            (self.institution(s.get("organization_id")) for s in self._services_at(lid)
             if self.institution(s.get("organization_id"))), None)
        if institution is None:
            self.problems.append(Problem(number, at(where, "organization_id"),
                                             str(loc.get("organization_id") or ""),
                                             tr(CTX, "no institution of the database for its "
                                                    "organization: not imported"), REJECTED))
            return
        values = {"institution": institution, **self.location_values(loc, number, where, problems)}
        services = self.services(lid, institution, number, problems)
        self.point_values(values, [s for s, _ in services], number, where, problems)
        shared = {v["eligibility"] for _, v in services}
        if len(shared) == 1 and None not in shared:  # what all its services are open to
            values["eligibility"] = shared.pop()
        cand = Candidate(number, institution, values, [v["category"] for _, v in services],
                         uuid=lid, services=[v for _, v in services])
        cand.problems = problems
        facility = self.attributes(lid, ("facility_type",), number, problems).get("facility_type")
        if facility:
            values["facility_type"] = facility[0]
        lat, lon = loc.get("latitude"), loc.get("longitude")
        source_row = SimpleNamespace(point=(float(lon), float(lat)) if lat is not None and lon is not None
                                     else None, geometry_problem=None)

        def problem(key: str, value: Any, reason: str, severity: str = WARNING) -> Problem:
            p = Problem(number, at(where, key), "" if value is None else str(value),
                        reason, severity)
            problems.append(p)
            return p

        if (lat is None) != (lon is None):
            problem("latitude", lat if lat is not None else lon, tr(CTX, "a coordinate is missing"),
                    REJECTED)
        if (lat is None) != (lon is None) or not self.locator.locate(cand, source_row, {}, problem):
            self.problems.extend(problems)
            return
        name_fr = values.get("name_fr")
        name_key = ("fr", fold(name_fr)) if name_fr else ("ar", fold(values.get("name_ar")))
        cand.name_key = (institution, *name_key, self.town_key(values.get("town")))
        cand.key = (institution, "id", fold(cand.external_id)) if cand.external_id else cand.name_key
        self.out.candidates.append(cand)

    def town_key(self, town: str | None) -> str:
        if not town:
            return ""
        match = self.gazetteer.lookup(town)
        found = match.status == "found" and match.town is not None
        return f"g{match.town.geonames_id}" if found and match.town else "t:" + fold(town)

    def location_values(self, loc: Row, number: int, where: str, problems: list[Problem]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, stem in hsds.LOCATION_TEXTS.items():
            for lang, text in self.p.texts("location", loc, name).items():
                values[f"{stem}_{lang}"] = text
        if not values.get("name_fr") and self.p.language not in (None, "fr") and values.get(
                f"name_{self.p.language}"):
            values["name_fr"] = values[f"name_{self.p.language}"]
            problems.append(Problem(number, at(where, "name"), values["name_fr"],
                                    tr(CTX, "no French name: the name in %1 is taken as the French "
                                            "name, check it", self.p.language), NOTE))
        for name, column in hsds.LOCATION_FIELDS.items():
            if loc.get(name) not in (None, ""):
                values[column] = str(loc[name]).strip()
        lid = str(loc["id"])
        notes = self.address(loc, lid, values)
        numbers = [str(p["number"]).strip() for p in self.kids("phone", "location_id", lid)
                   if p.get("number")]
        if numbers:
            values["phone"] = (hsds.PHONE_SEPARATOR + " ").join(numbers)
        notes += self.opening_hours(lid, values, number, where, problems)
        self.languages(lid, values, number, problems)
        notes += self.accessibility(lid, values, number, problems)
        if notes:
            values["notes"] = "\n".join(notes)
        return values

    def languages(self, lid: str, values: dict[str, Any], number: int, problems: list[Problem]) -> None:
        index, codes = self.vocab.lists.get("languages", {}), []
        for row in self.kids("language", "location_id", lid):
            code = next((index[fold(str(row[k]))] for k in ("code", "name")
                         if row.get(k) and fold(str(row[k])) in index), None)
            if code is None:
                problems.append(Problem(number, at(self.where("language", row), "code"),
                                        str(row.get("code") or row.get("name") or ""),
                                        tr(CTX, "the language is not in the vocabulary %1: left out",
                                           "language"), WARNING))
            else:
                codes.append(code)
        if codes:
            values["languages"] = codes_value(codes)

    def _address_texts(self, texts: dict[str, str]) -> dict[str, str]:
        """Texts by address field language: a language without one (English) goes in the
        French field when the package has no French."""
        out = {lang: text for lang, text in texts.items() if lang in _ADDRESS_LANGUAGES}
        other = [text for lang, text in texts.items() if lang not in _ADDRESS_LANGUAGES]
        if other and "fr" not in out:
            out["fr"] = other[0]
        return out

    def address(self, loc: Row, lid: str, values: dict[str, Any]) -> list[str]:
        """The first address (or, without one, the description as the address text); the
        description of a location that has an address goes in the notes."""
        addresses = self.kids("address", "location_id", lid)
        if not addresses:
            for lang, text in self._address_texts(self.p.texts("location", loc, "description")).items():
                values[f"address_{lang}"] = text
            return []
        first = addresses[0]
        texts = self.p.texts("address", first, "address_1")
        if first.get("address_2") and self.p.language in texts:
            texts[self.p.language or "fr"] += f", {first['address_2']}"
        for lang, text in self._address_texts(texts).items():
            values[f"address_{lang}"] = text
        if first.get("city"):
            values["town"] = str(first["city"]).strip()
        description = self.p.texts("location", loc, "description").get(self.p.language or "fr")
        return [description] if description else []

    def opening_hours(self, lid: str, values: dict[str, Any], number: int, where: str,
                      problems: list[Problem]) -> list[str]:
        rows = [{k: str(v) for k, v in r.items()} for r in self.kids("schedule", "location_id", lid)]
        if not rows:
            return []
        converted = from_schedules(rows)
        if converted.rows:
            values["opening_hours"] = converted.rows[0]["opening_hours"]
        for message in converted.lost:
            problems.append(Problem(number, at(where, "schedules"), "",
                                    tr(CTX, "%1 (kept in the notes)", message), WARNING))
        texts = sorted({r["description"] for r in rows if r.get("description")})
        return [tr(CTX, "HSDS schedule: %1", " / ".join(texts))] if converted.lost and texts else []

    def accessibility(self, lid: str, values: dict[str, Any], number: int,
                      problems: list[Problem]) -> list[str]:
        notes = []
        choices = set(SERVICE_POINT.field("wheelchair").choices or ())
        for row in self.kids("accessibility", "location_id", lid):
            m = re.match(hsds.WHEELCHAIR_PATTERN, str(row.get("details") or ""))
            if m and m.group(1) in choices:
                values["wheelchair"] = m.group(1)
                continue
            text = " ".join(str(row[k]) for k in ("description", "details") if row.get(k))
            if text:
                notes.append(tr(CTX, "Accessibility: %1", text))
                problems.append(Problem(number, at(self.where("accessibility", row),
                                                   "details"), text,
                                        tr(CTX, "not a wheelchair access value (%1): kept in the notes",
                                           hsds.WHEELCHAIR_DETAILS.format("yes|limited|no")), NOTE))
        return notes

    # -- services ---------------------------------------------------------------------------
    def _services_at(self, lid: str) -> list[Row]:
        found = (self.by_id["service"].get(str(sal.get("service_id")))
                 for sal in self.kids("service_at_location", "location_id", lid))
        return [s for s in found if s is not None]

    def services(self, lid: str, institution: str, number: int,
                 problems: list[Problem]) -> list[tuple[Row, dict[str, Any]]]:
        """(HSDS service, Amuddu service values) of the services at the location. A service
        at several locations keeps its id at the first; at the others, the id of its
        ``service_at_location`` becomes the service's."""
        out = []
        for sal in self.kids("service_at_location", "location_id", lid):
            service = self.by_id["service"].get(str(sal.get("service_id")))
            if service is None:
                continue
            sid = str(service["id"])
            where = self.where("service", service)
            found = self.attributes(sid, ("service_category", "eligibility"), number, problems)
            categories = found.get("service_category") or [
                c for c in [self.vocab.categories.get(fold(t))
                            for t in self.p.texts("service", service, "name").values()] if c][:1]
            if not categories:
                problems.append(Problem(number, at(where, "attributes"),
                                        str(service.get("name") or sid),
                                        tr(CTX, "the service has no category of Amuddu's vocabulary "
                                                "(by its taxonomy terms or its name): left out"), WARNING))
                continue
            if len(categories) > 1:
                problems.append(Problem(number, at(where, "attributes"), ", ".join(categories),
                                        tr(CTX, "an Amuddu service has one category: %1 is kept",
                                           categories[0]), NOTE))
            if sid in self.used_services:
                sid = str(sal["id"])
            self.used_services.add(sid)
            values: dict[str, Any] = {"uuid": sid, "category": categories[0],
                                      "eligibility": codes_value(found.get("eligibility", []))}
            for name, stem in hsds.SERVICE_TEXTS.items():
                for lang, text in self.p.texts("service", service, name).items():
                    values[f"{stem}_{lang}"] = text
            for name, column in hsds.SERVICE_FIELDS.items():
                if isinstance(service.get(name), (int, float)):
                    values[column] = int(service[name])
            out.append((service, values))
        return out

    def point_values(self, values: dict[str, Any], services: list[Row], number: int, where: str,
                     problems: list[Problem]) -> None:
        """What the services say of the point: status, e-mail, verification and last change
        (the latest)."""
        for name, column in hsds.SERVICE_POINT_FIELDS.items():
            given = sorted({str(s[name]) for s in services if s.get(name)})
            if column == "updated_at":
                values[column] = given[-1] if given else None
            elif given:
                values[column] = given[0]
        statuses = {str(s.get("status")) for s in services if s.get("status")}
        known = {hsds.OPERATING_STATUS.get(s) for s in statuses} - {None}
        if len(known) == 1 and len(statuses) == 1:
            values["operating_status"] = known.pop()
        elif statuses:
            problems.append(Problem(number, at(where, "status"), ", ".join(sorted(statuses)),
                                    tr(CTX, "the services' status does not give the point's operating "
                                            "status (one of %1): check it", ", ".join(hsds.OPERATING_STATUS)),
                                    NOTE))

    def report_orphans(self) -> None:
        """Services at no location are not imported (an Amuddu service is at a point)."""
        placed = {str(sal.get("service_id")) for sal in self.p.rows("service_at_location")}
        for service in self.p.rows("service"):
            if str(service["id"]) not in placed:
                self.problems.append(Problem(None, at(self.where("service", service),
                                                      "service_at_locations"),
                                             str(service.get("name") or service["id"]),
                                             tr(CTX, "the service is at no location: not imported"),
                                             WARNING))


def map_package(package: Package, vocab: Vocabularies, gazetteer: Gazetteer,
                territory: Territory) -> Mapped:
    """The candidates of ``package``'s locations, and the problems of those not imported."""
    mapper = _Mapper(package, vocab, gazetteer, territory)
    for number, loc in enumerate(package.rows("location"), start=1):
        mapper.location(number, loc)
    mapper.report_orphans()
    mapper.out.problems = mapper.problems
    return mapper.out
