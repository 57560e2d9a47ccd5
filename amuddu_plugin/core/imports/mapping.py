"""Which column of a spreadsheet goes into which field: recognition and saved mappings.

The *targets* of a mapping are the importable fields of ``service_point`` (derived from the
model: every field that is neither hidden nor filled by the system, nor the publication
state, which is the committee's decision) plus four that the import turns into something
else: ``latitude``, ``longitude``, ``coordinates`` (both in one cell) and ``categories``
(service categories, which become rows of ``service``).

Column names are recognised in French, English and Arabic: the field's own labels in the
model (``Téléphone``, ``Phone``, ``الهاتف``) and the usual variants below (``tél``,
``GSM``, ``رقم الهاتف``...), compared with :func:`~.normalise.compact` (no case, accents,
spaces or punctuation).

A :class:`ColumnMapping` is what the user confirms in the dialog and may save as JSON for
the next delivery of the same institution; it also carries how to read the file (encoding,
delimiter, sheet, header row) and the institution's own names for service categories.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...definitions.model import SERVICE_POINT, Field, Label
from ...toolbelt.errors import OutputRefused
from ...toolbelt.i18n import tr
from ...toolbelt.outputs import check_output, write_text
from ..values.normalise import compact, fold

CTX = "ImportMapping"
MAPPING_VERSION = 1

#: Fields of service_point that an import never writes (besides hidden and system fields).
NOT_IMPORTED = frozenset({"publication_state"})

LATITUDE = "latitude"
LONGITUDE = "longitude"
COORDINATES = "coordinates"
CATEGORIES = "categories"
#: Targets that may gather several columns (their values are joined).
MULTI_COLUMN = frozenset({"phone", "email", "notes"})


@dataclass(frozen=True)
class Target:
    key: str
    label: Label
    field: Field | None = None  # the service_point field, None for the four special targets


_SPECIAL: tuple[Target, ...] = (
    Target(LATITUDE, Label("Latitude", "خط العرض", "Latitude")),
    Target(LONGITUDE, Label("Longitude", "خط الطول", "Longitude")),
    Target(COORDINATES, Label("Coordonnées (latitude, longitude)", "الإحداثيات (العرض، الطول)",
                              "Coordinates (latitude, longitude)")),
    Target(CATEGORIES, Label("Services offerts (catégories)", "الخدمات المقدمة (الأصناف)",
                             "Services offered (categories)")),
)

# Usual column names beyond the model's labels (folded when used).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "institution": ("institution", "organisme", "operateur", "departement", "المؤسسة", "الهيئة",
                    "القطاع"),
    "facility_type": ("type", "type d etablissement", "type de structure", "type de centre",
                      "nature", "facility type", "type of facility", "نوع المؤسسة", "النوع",
                      "نوع المركز"),
    "external_id": ("id", "identifiant", "code", "ref", "reference", "code etablissement",
                    "code agence", "code centre", "n", "no", "numero", "identifier", "المعرف",
                    "الرمز", "الرقم", "رقم"),
    "name_fr": ("nom", "name", "nom fr", "nom francais", "nom en francais", "denomination",
                "intitule", "libelle", "etablissement", "structure", "nom de l etablissement",
                "nom de l agence", "nom du centre", "nom de la structure", "الاسم", "التسمية",
                "الاسم بالفرنسية", "اسم المؤسسة", "المؤسسة بالفرنسية"),
    "name_ar": ("nom ar", "nom arabe", "nom en arabe", "arabic name", "name arabic",
                "الاسم بالعربية", "الاسم بالعربي", "التسمية بالعربية"),
    "name_en": ("nom anglais", "nom en anglais", "english name", "name english",
                "الاسم بالانجليزية"),
    "address_fr": ("adresse", "address", "adresse fr", "adresse postale", "adresse francais",
                   "العنوان بالفرنسية"),
    "address_ar": ("adresse ar", "adresse arabe", "adresse en arabe", "arabic address", "العنوان",
                   "العنوان بالعربية"),
    "town": ("ville", "localite", "commune", "city", "town", "cite", "agglomeration", "المدينة",
             "الجماعة", "مدينة", "المدينه"),
    "phone": ("tel", "telephone", "phone", "gsm", "fixe", "mobile", "portable",
              "numero de telephone", "n tel", "no tel", "tel fixe", "telephone fixe",
              "phone number", "الهاتف", "رقم الهاتف", "هاتف", "الهاتف الثابت", "المحمول"),
    "email": ("email", "e mail", "mail", "courriel", "adresse email", "adresse mail",
              "adresse electronique", "البريد الالكتروني", "البريد"),
    "website": ("site", "site web", "site internet", "web", "url", "website", "internet",
                "الموقع الالكتروني"),
    "opening_hours": ("horaires", "horaire", "heures d ouverture", "horaires d ouverture",
                      "opening hours", "hours", "اوقات العمل", "التوقيت", "ساعات العمل"),
    "languages": ("langues", "langues parlees", "languages", "اللغات"),
    "eligibility": ("public", "public cible", "publics", "beneficiaires", "eligibilite",
                    "المستفيدون"),
    "wheelchair": ("accessibilite", "acces handicapes", "acces pmr", "pmr", "wheelchair",
                   "accessibility", "الولوجيات"),
    "operating_status": ("etat", "statut", "status", "situation", "الحالة", "الوضعية"),
    "last_verified_on": ("date de verification", "verifie le", "date de mise a jour",
                         "mise a jour", "date maj", "last verified", "verified on",
                         "تاريخ التحقق", "تاريخ التحيين"),
    "last_verified_by": ("verifie par", "verified by", "تحقق منه"),
    "source": ("source", "المصدر"),
    "notes": ("remarques", "remarque", "observations", "observation", "commentaire",
              "commentaires", "notes", "note", "comments", "ملاحظات", "ملاحظة"),
    LATITUDE: ("lat", "latitude", "y", "coord y", "coordonnee y", "خط العرض", "العرض"),
    LONGITUDE: ("lon", "lng", "long", "longitude", "x", "coord x", "coordonnee x", "خط الطول",
                "الطول"),
    COORDINATES: ("coordonnees", "coordonnees gps", "gps", "coordinates", "position",
                  "localisation", "geolocalisation", "lat long", "lat lon", "latitude longitude",
                  "الاحداثيات", "الموقع الجغرافي"),
    CATEGORIES: ("services", "service", "prestations", "prestation", "categorie", "categories",
                 "categorie de service", "categories de services", "offre", "offres",
                 "service category", "الخدمات", "الخدمة", "الاصناف"),
}


def importable_fields() -> list[Field]:
    return [f for f in SERVICE_POINT.fields
            if not f.hidden and not f.read_only and f.name not in NOT_IMPORTED]


def targets() -> list[Target]:
    """Every target a column may be mapped to, in the order of the form."""
    return [Target(f.name, f.label, f) for f in importable_fields()] + list(_SPECIAL)


def target(key: str) -> Target:
    for t in targets():
        if t.key == key:
            return t
    raise KeyError(key)


def _names() -> list[tuple[str, str]]:
    """(name, target key) for every known column name: the variants above first (they win:
    "Nom" is name_fr, not any other field labelled "Nom (..)"), then the model's labels."""
    out: list[tuple[str, str]] = []
    for key, names in _SYNONYMS.items():
        out += [(name, key) for name in names]
    for t in targets():
        out += [(name, t.key) for name in (t.key, t.label.fr, t.label.ar, t.label.en)]
    return out


_EXACT: dict[str, str] = {}
_PARTIAL: list[tuple[str, str]] = []


def _load_names() -> None:
    for name, key in _names():
        _EXACT.setdefault(compact(name), key)
        folded = fold(name)
        if len(compact(folded)) >= 5:
            _PARTIAL.append((folded, key))
    _PARTIAL.sort(key=lambda item: -len(item[0]))


def recognise(column: str) -> str | None:
    """The target that a column name means, or None."""
    if not _EXACT:
        _load_names()
    key = compact(column)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    # "Téléphone fixe", "N° de téléphone", "Adresse (quartier)": the longest known name
    # (5 letters at least) that the column name contains as whole words.
    words = f" {fold(column)} "
    for name, target_key in _PARTIAL:
        if f" {name} " in words:
            return target_key
    return None


def guess(columns: Sequence[str]) -> dict[str, str | None]:
    """A first mapping of ``columns``: each recognised column to its target; a target taken
    by an earlier column is not given again (except phone, e-mail and notes, which gather)."""
    out: dict[str, str | None] = {}
    taken: set[str] = set()
    for column in columns:
        key = recognise(column)
        if key is not None and key in taken and key not in MULTI_COLUMN:
            key = None
        out[column] = key
        if key:
            taken.add(key)
    return out


def header_score(cells: Sequence[str | None]) -> int:
    """How many cells of a row are recognised column names (to find the header row)."""
    return sum(1 for c in cells if c and recognise(str(c)))


@dataclass
class ColumnMapping:
    """A confirmed mapping, and how to read the file. Saved as JSON."""

    columns: dict[str, str | None] = field(default_factory=dict)  # column name -> target key
    categories: dict[str, str] = field(default_factory=dict)  # the file's wording -> code
    institution: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None  # 1-based row of the column names (spreadsheets)
    name: str = ""

    def target_of(self, column: str) -> str | None:
        if column in self.columns:
            return self.columns[column]
        folded = {compact(k): v for k, v in self.columns.items()}
        return folded.get(compact(column))

    def saved(self, columns: Sequence[str]) -> dict[str, str | None]:
        """The saved choices for those of ``columns`` the mapping names (by column name,
        ignoring case and accents)."""
        known = {compact(k) for k in self.columns}
        return {column: self.target_of(column) for column in columns if compact(column) in known}

    def resolve(self, columns: Sequence[str]) -> dict[str, str | None]:
        """The mapping for the columns of a file by their names: saved choices first,
        recognition for the columns the mapping does not name. (The import also looks at
        the values: :func:`.columns.resolve`.)"""
        guessed = guess(columns)
        saved = self.saved(columns)
        return {column: saved[column] if column in saved else guessed[column] for column in columns}

    def category_code(self, text: str) -> str | None:
        """The code of a service category as the file words it, when the mapping names it."""
        if not self.categories:
            return None
        folded = {fold(k): v for k, v in self.categories.items()}
        return folded.get(fold(text))

    # -- JSON ----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "amuddu_mapping": MAPPING_VERSION,
            "name": self.name,
            "institution": self.institution,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": self.columns,
            "categories": self.categories,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str = "") -> ColumnMapping:
        if not isinstance(data, dict) or "amuddu_mapping" not in data:
            raise ValueError(tr(CTX, "%1 is not an Amuddu column mapping.", origin))
        version = data["amuddu_mapping"]
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError(_wrong_type(origin, "amuddu_mapping", tr(CTX, "a whole number")))
        if version > MAPPING_VERSION:
            raise ValueError(tr(CTX, "%1 was saved by a newer version of Amuddu.", origin))
        columns = _typed(data, "columns", dict, origin) or {}
        categories = _typed(data, "categories", dict, origin) or {}
        for key, value in (*columns.items(), *categories.items()):
            if value is not None and not isinstance(value, str):
                raise ValueError(tr(CTX, "%1: the value of “%2” must be a text or null, not %3.",
                                    origin, key, json.dumps(value)))
        valid = {t.key for t in targets()}
        for column, key in columns.items():
            if key is not None and key not in valid:
                raise ValueError(
                    tr(CTX, "%1: the column “%2” is mapped to “%3”, which is not a field Amuddu "
                            "imports.", origin, column, key)
                )
        header_row = data.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or isinstance(header_row, bool)
                                       or header_row < 1):
            raise ValueError(_wrong_type(origin, "header_row", tr(CTX, "a row number (1, 2, …)")))
        texts = {key: _typed(data, key, str, origin) for key in
                 ("institution", "encoding", "delimiter", "sheet", "name")}
        return cls(
            columns=dict(columns),
            categories=dict(categories),
            institution=texts["institution"] or None,
            encoding=texts["encoding"] or None,
            delimiter=texts["delimiter"] or None,
            sheet=texts["sheet"] or None,
            header_row=header_row or None,
            name=texts["name"] or "",
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the mapping as JSON (to a temporary file renamed into place), never over a
        file that is not a mapping Amuddu wrote."""
        target_path = Path(path).expanduser()
        target_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            check_output(target_path, legacy=_is_mapping_file)
        except OutputRefused as err:
            raise ValueError(str(err)) from err
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        return write_text(target_path, text)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ColumnMapping:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError as err:
            raise ValueError(tr(CTX, "The mapping %1 is not UTF-8 text (byte %2): save it again as "
                                     "UTF-8.", p, err.start)) from err
        except OSError as err:
            raise ValueError(tr(CTX, "The mapping %1 cannot be read: %2", p, err.strerror)) from err
        except json.JSONDecodeError as err:
            raise ValueError(tr(CTX, "The mapping %1 is not valid JSON (line %2).", p, err.lineno)) from err
        return cls.from_dict(data, str(p))


def _wrong_type(origin: str, key: str, expected: str) -> str:
    return tr(CTX, "%1: “%2” must be %3.", origin, key, expected)


def _typed(data: dict[str, Any], key: str, kind: type, origin: str) -> Any:
    """``data[key]`` when it is of type ``kind`` (or missing/null), else a clear ValueError."""
    value = data.get(key)
    if value is None or isinstance(value, kind):
        return value
    expected = tr(CTX, "an object {…}") if kind is dict else tr(CTX, "a text")
    raise ValueError(_wrong_type(origin, key, expected))


def _is_mapping_file(path: Path) -> bool:
    """A mapping written by an earlier version (which kept no record of its outputs)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "amuddu_mapping" in data
