"""Finding what an HSDS package names in the database: institutions and vocabulary codes.

An ``organization`` is the institution whose HSDS id (the export's), code, acronym or name
(in any language) it has; an organization that matches none is reported and nothing of it
is imported (an import never creates an institution). A ``taxonomy_term`` is the vocabulary
code with its HSDS id, or whose code or label (any language) it has, in the vocabulary its
taxonomy names (:data:`~amuddu_plugin.definitions.hsds.TAXONOMIES`) or, when it names none,
in those that may describe the object (:class:`Lookup`'s callers say which).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ...definitions import hsds
from ...toolbelt.i18n import tr
from ..imports.common import WARNING, Problem, Vocabularies
from ..imports.locate import Locator
from ..store.places import Gazetteer, Territory
from ..values.normalise import fold
from .package import Package, Row, at

CTX = "HSDS"


class Lookup:
    """The package's tables indexed, and what they name in the database."""

    def __init__(self, package: Package, vocab: Vocabularies, gazetteer: Gazetteer,
                 territory: Territory):
        self.p, self.vocab, self.gazetteer = package, vocab, gazetteer
        self.locator = Locator(lambda values, key: None, lambda key: key, gazetteer, territory)
        self.problems: list[Problem] = []  # of organizations, locations not imported
        self.children: dict[tuple[str, str], dict[str, list[Row]]] = {}
        self.by_id = {t: {str(r["id"]): r for r in package.rows(t)} for t in hsds.TABLES}
        self.institutions: dict[str, str | None] = {}
        self.org_ids = {hsds.stable_id("organization", c): c for c in vocab.institution_codes}
        self.indexes = {"facility_type": vocab.facility_types, "service_category": vocab.categories,
                        "eligibility": vocab.lists.get("eligibility", {})}
        self.term_ids = {hsds.stable_id("taxonomy_term", v, code): (v, code)
                         for v, index in self.indexes.items() for code in set(index.values())}
        self.used_services: set[str] = set()

    def kids(self, table: str, key: str, value: str) -> list[Row]:
        index = self.children.get((table, key))
        if index is None:
            index = self.children[(table, key)] = defaultdict(list)
            for row in self.p.rows(table):
                if row.get(key) is not None:
                    index[str(row[key])].append(row)
        return index.get(value, [])

    def where(self, table: str, row: Row) -> str:
        return self.p.where.get((table, str(row["id"])), table)

    # -- organizations and taxonomy terms ---------------------------------------------------
    def institution(self, organization_id: str | None) -> str | None:
        if not organization_id:
            return None
        if organization_id not in self.institutions:
            self.institutions[organization_id] = self._institution(organization_id)
        return self.institutions[organization_id]

    def _institution(self, organization_id: str) -> str | None:
        if organization_id in self.org_ids:
            return self.org_ids[organization_id]
        org = self.by_id["organization"].get(organization_id)
        if org is None:
            return None
        names = [org.get("name"), org.get("alternate_name"),
                 *self.p.texts("organization", org, "name").values()]
        for name in names:
            code = self.vocab.institutions.get(fold(name)) if name else None
            if code:
                return code
        count = len(self.kids("location", "organization_id", organization_id))
        self.problems.append(Problem(None, at(self.where("organization", org), "name"),
                                         str(org.get("name") or ""),
                                         tr(CTX, "the organization matches no institution of the "
                                                 "database (by its id, code, acronym or name): its %1 "
                                                 "locations are not imported", count), WARNING))
        return None

    def term(self, term_id: Any, vocabularies: tuple[str, ...]) -> tuple[str, str] | None:
        """(vocabulary, code) of a taxonomy term, among ``vocabularies``."""
        term = self.by_id["taxonomy_term"].get(str(term_id))
        if str(term_id) in self.term_ids:
            found = self.term_ids[str(term_id)]
            return found if found[0] in vocabularies else None
        if term is None:
            return None
        taxonomy = self.by_id["taxonomy"].get(str(term.get("taxonomy_id")))
        named = fold((taxonomy or {}).get("name") or term.get("taxonomy") or "")
        said = [t.vocabulary for t in hsds.TAXONOMIES if named in (fold(t.name), fold(t.vocabulary))]
        texts = [term.get("code"), term.get("name"), *self.p.texts("taxonomy_term", term, "name").values()]
        for vocabulary in (v for v in vocabularies if not said or v in said):
            for text in texts:
                code = self.indexes[vocabulary].get(fold(text)) if text else None
                if code:
                    return vocabulary, code
        return None

    def attributes(self, link_id: str, vocabularies: tuple[str, ...], row: int,
                   problems: list[Problem]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for attribute in self.kids("attribute", "link_id", link_id):
            found = self.term(attribute.get("taxonomy_term_id"), vocabularies)
            if found is None:
                term = self.by_id["taxonomy_term"].get(str(attribute.get("taxonomy_term_id"))) or {}
                problems.append(Problem(row, at(self.where("attribute", attribute),
                                                "taxonomy_term_id"),
                                        str(term.get("name") or attribute.get("taxonomy_term_id") or ""),
                                        tr(CTX, "the taxonomy term is in no vocabulary of Amuddu "
                                                "(%1): left out", ", ".join(vocabularies)), WARNING))
            elif found[1] not in out[found[0]]:
                out[found[0]].append(found[1])
        return out
