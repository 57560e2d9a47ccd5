"""Illustrative sample service points and services for the bundled GeoPackage.

Used by :mod:`build_data`. Every point is placed in a real town of the ``town`` layer with a
plausible name for its institution, but the list is **not** the institutions' official list:
every row says so (``source = 'sample'``, a note), and no phone number or e-mail address is
invented. The output is reproducible: one seeded random generator walked in a fixed order,
and UUID 5 identifiers derived from stable keys.
"""

from __future__ import annotations

import collections
import datetime as dt
import math
import random
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from amuddu_plugin.definitions import vocabularies as voc
from amuddu_plugin.definitions.formats import codes_value

#: Namespace of the sample identifiers (UUID 5); never change it, or every UUID changes.
SAMPLE_NAMESPACE = uuid.UUID("2e22215f-9b85-4a3d-8aca-07c304eb68f1")
SEED = "amuddu-sample-v1"
SOURCE = "sample"
NOTE = "Exemple illustratif – pas la liste officielle"
VERIFIER = "sample"

#: Verification dates: recent ones in 2026, stale ones (older than 12 months) in 2024-2025.
RECENT = (dt.date(2026, 1, 5), dt.date(2026, 10, 30))
STALE = (dt.date(2024, 2, 1), dt.date(2025, 8, 31))

INSTITUTION_WEBSITE = {i["code"]: i["website"] for i in voc.INSTITUTIONS}
FACILITY = {f["code"]: f for f in voc.FACILITY_TYPES}
CATEGORY = {c["code"]: c for c in voc.SERVICE_CATEGORIES}
LANGUAGE_ORDER = [lang["code"] for lang in voc.LANGUAGES]
ELIGIBILITY_ORDER = [e["code"] for e in voc.ELIGIBILITIES]

#: Regions where Amazigh is widely spoken at the counter (sample assumption).
AMAZIGH_REGIONS = {"05", "07", "08", "09", "10"}
#: Regions where Spanish is commonly spoken.
SPANISH_REGIONS = {"01", "02", "11", "12"}


# --------------------------------------------------------------------------------------------
# Facility templates: (facility type, French name, Arabic name, English name)
# {town}, {town_ar}, {region}, {region_ar}, {place}, {place_ar}
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    key: str
    facility_type: str
    fr: str
    ar: str
    en: str


T = Template
TEMPLATES = {
    t.key: t
    for t in [
        T(
            "anapec",
            "ANAPEC_AGENCY",
            "ANAPEC – Agence {de_town}",
            "وكالة أنابيك {town_ar}",
            "ANAPEC agency – {town}",
        ),
        T(
            "anapec_arr",
            "ANAPEC_AGENCY",
            "ANAPEC – Agence {place} ({town})",
            "وكالة أنابيك {place_ar} ({town_ar})",
            "ANAPEC agency – {place} ({town})",
        ),
        T(
            "anapec_mobile",
            "ANAPEC_MOBILE",
            "ANAPEC – Agence mobile {de_town}",
            "الوكالة المتنقلة لأنابيك {town_ar}",
            "ANAPEC mobile agency – {town}",
        ),
        T(
            "cmc",
            "OFPPT_CMC",
            "Cité des Métiers et des Compétences {de_town}",
            "مدينة المهن والكفاءات {town_ar}",
            "City of Trades and Skills – {town}",
        ),
        T(
            "ista",
            "OFPPT_ESTAB",
            "Institut Spécialisé de Technologie Appliquée {de_town}",
            "المعهد المتخصص للتكنولوجيا التطبيقية {town_ar}",
            "Specialised Institute of Applied Technology – {town}",
        ),
        T(
            "ista_arr",
            "OFPPT_ESTAB",
            "ISTA {place}",
            "المعهد المتخصص للتكنولوجيا التطبيقية {place_ar}",
            "ISTA {place} ({town})",
        ),
        T(
            "ita",
            "OFPPT_ESTAB",
            "Institut de Technologie Appliquée {de_town}",
            "معهد التكنولوجيا التطبيقية {town_ar}",
            "Institute of Applied Technology – {town}",
        ),
        T(
            "isht",
            "OFPPT_ESTAB",
            "Institut Spécialisé en Hôtellerie et Tourisme {de_town}",
            "المعهد المتخصص في الفندقة والسياحة {town_ar}",
            "Specialised Institute of Hospitality and Tourism – {town}",
        ),
        T(
            "cfp",
            "OFPPT_ESTAB",
            "Centre de Formation Professionnelle {de_town}",
            "مركز التكوين المهني {town_ar}",
            "Vocational Training Centre – {town}",
        ),
        T(
            "en_delegation",
            "EN_DELEGATION",
            "Délégation provinciale de l'Entraide Nationale – {town}",
            "المندوبية الإقليمية للتعاون الوطني – {town_ar}",
            "Entraide Nationale provincial delegation – {town}",
        ),
        T(
            "cef",
            "EN_TRAINING",
            "Centre d'éducation et de formation {de_town}",
            "مركز التربية والتكوين {town_ar}",
            "Education and training centre – {town}",
        ),
        T(
            "cef_arr",
            "EN_TRAINING",
            "Centre d'éducation et de formation {place} ({town})",
            "مركز التربية والتكوين {place_ar} ({town_ar})",
            "Education and training centre – {place} ({town})",
        ),
        T(
            "social",
            "EN_SOCIAL",
            "Centre social {de_town}",
            "المركز الاجتماعي {town_ar}",
            "Social centre – {town}",
        ),
        T(
            "women",
            "EN_WOMEN",
            "Centre pour femmes {de_town}",
            "مركز المرأة {town_ar}",
            "Women's centre – {town}",
        ),
        T(
            "childcare",
            "EN_CHILDCARE",
            "Jardin d'enfants de l'Entraide Nationale – {town}",
            "روض الأطفال التابع للتعاون الوطني – {town_ar}",
            "Entraide Nationale childcare – {town}",
        ),
        T(
            "chamber",
            "ART_CHAMBER",
            "Chambre d'artisanat de la région {de_region}",
            "غرفة الصناعة التقليدية لجهة {region_ar}",
            "Chamber of Crafts of {region}",
        ),
        T(
            "cfa",
            "ART_CFA",
            "Centre de formation par apprentissage {de_town}",
            "مركز التكوين بالتدرج المهني {town_ar}",
            "Craft apprenticeship centre – {town}",
        ),
        T(
            "qualif",
            "ART_QUALIF",
            "Centre de qualification artisanale {de_town}",
            "مركز التأهيل الحرفي {town_ar}",
            "Craft qualification centre – {town}",
        ),
    ]
}
del T

# --------------------------------------------------------------------------------------------
# What each facility type offers: the first category always, then some of the others.
# --------------------------------------------------------------------------------------------
SERVICES_BY_FACILITY: dict[str, tuple[str, ...]] = {
    "ANAPEC_AGENCY": ("EMP_REG", "EMP_GUID", "EMP_MATCH", "EMP_TRAIN", "SELF_EMP", "INFO_DESK"),
    "ANAPEC_MOBILE": ("EMP_REG", "EMP_GUID", "EMP_MATCH"),
    "OFPPT_CMC": ("VT_INIT", "VT_SHORT", "EMP_TRAIN", "INFO_DESK"),
    "OFPPT_ESTAB": ("VT_INIT", "VT_SHORT", "VT_APPR", "EMP_TRAIN"),
    "EN_DELEGATION": ("SOC_ASSIST", "INFO_DESK", "SOC_LIT"),
    "EN_TRAINING": ("SOC_EDU", "VT_SHORT", "SOC_LIT"),
    "EN_SOCIAL": ("SOC_ASSIST", "SOC_LIT", "SOC_EDU"),
    "EN_WOMEN": ("SOC_EDU", "SOC_LIT", "VT_SHORT", "SOC_ASSIST"),
    "EN_CHILDCARE": ("SOC_CHILD",),
    "ART_CFA": ("VT_APPR", "ART_TRAIN"),
    "ART_QUALIF": ("ART_TRAIN", "VT_SHORT", "ART_SUPPORT"),
    "ART_CHAMBER": ("ART_SUPPORT", "SELF_EMP", "ART_TRAIN", "INFO_DESK"),
}

#: The fees as written in each language (the sample's fees are all "free").
FEES_TEXT: dict[str, tuple[str, str, str]] = {"Gratuit": ("Gratuit", "مجاني", "Free")}

#: category: (description fr, ar, en; how to apply fr, ar, en; fees (French: see FEES_TEXT);
#: min age; max age)
SERVICE_TEXT: dict[str, tuple[str, str, str, str, str, str, str, int | None, int | None]] = {
    "EMP_REG": (
        "Inscription des demandeurs d'emploi et premier entretien d'orientation.",
        "تسجيل الباحثين عن الشغل والمقابلة الأولى للتوجيه.",
        "Registration of job seekers and a first guidance interview.",
        "Se présenter à l'agence avec une pièce d'identité (carte de séjour ou carte de réfugié) "
        "et un CV, ou s'inscrire en ligne puis valider à l'agence.",
        "الحضور إلى الوكالة ببطاقة الإقامة أو بطاقة اللاجئ وسيرة ذاتية.",
        "Come to the agency with a residence or refugee card and a CV.",
        "Gratuit",
        18,
        None,
    ),
    "EMP_GUID": (
        "Ateliers de recherche d'emploi : CV, lettre de motivation, préparation aux entretiens.",
        "ورشات البحث عن الشغل: السيرة الذاتية ورسالة التحفيز والتحضير للمقابلات.",
        "Job-search workshops: CV, cover letter, interview practice.",
        "Être inscrit à l'agence ; s'inscrire aux ateliers auprès du conseiller.",
        "التسجيل في الوكالة ثم في الورشات لدى المستشار.",
        "Register at the agency, then book a workshop with an adviser.",
        "Gratuit",
        18,
        None,
    ),
    "EMP_MATCH": (
        "Mise en relation avec les employeurs et suivi des offres d'emploi.",
        "ربط الباحثين عن الشغل بالمشغلين وتتبع عروض الشغل.",
        "Matching with employers and follow-up of job offers.",
        "Être inscrit à l'agence ; consulter les offres avec le conseiller.",
        "التسجيل في الوكالة والاطلاع على العروض مع المستشار.",
        "Register at the agency and review offers with an adviser.",
        "Gratuit",
        18,
        None,
    ),
    "EMP_TRAIN": (
        "Formation courte pour renforcer l'employabilité avant un recrutement.",
        "تكوين قصير لتحسين قابلية التشغيل قبل التوظيف.",
        "Short training to improve employability before hiring.",
        "Sur orientation du conseiller, selon les places disponibles.",
        "بتوجيه من المستشار حسب المقاعد المتوفرة.",
        "On an adviser's referral, subject to places.",
        "Gratuit",
        18,
        None,
    ),
    "SELF_EMP": (
        "Accompagnement à la création d'activité : idée de projet, montage, démarches.",
        "مواكبة إحداث المشاريع: الفكرة والإعداد والإجراءات.",
        "Support to start a business: project idea, plan, formalities.",
        "Prendre rendez-vous avec un conseiller en création d'entreprise.",
        "أخذ موعد مع مستشار في إحداث المقاولات.",
        "Book an appointment with a business-creation adviser.",
        "Gratuit",
        18,
        None,
    ),
    "VT_INIT": (
        "Formation diplômante (Spécialisation, Qualification, Technicien, Technicien Spécialisé).",
        "تكوين مؤهل لشهادة (التخصص، التأهيل، التقني، التقني المتخصص).",
        "Diploma training (Specialisation, Qualification, Technician, Specialised Technician).",
        "Candidater lors de la campagne d'inscription (en ligne ou à l'établissement) avec le "
        "niveau scolaire requis ; titre de séjour ou carte de réfugié.",
        "الترشح خلال فترة التسجيل عبر الإنترنت أو في المؤسسة بالمستوى الدراسي المطلوب.",
        "Apply during the enrolment campaign, online or at the institute.",
        "Frais d'inscription à vérifier auprès de l'établissement",
        15,
        30,
    ),
    "VT_SHORT": (
        "Formation qualifiante de courte durée dans un métier.",
        "تكوين تأهيلي قصير المدة في مهنة.",
        "Short qualifying course in a trade.",
        "S'inscrire auprès de l'établissement selon le calendrier des sessions.",
        "التسجيل لدى المؤسسة حسب مواعيد الدورات.",
        "Enrol at the centre according to the session calendar.",
        "Gratuit",
        16,
        None,
    ),
    "VT_APPR": (
        "Formation par apprentissage : en alternance entre le centre et une entreprise.",
        "التكوين بالتدرج المهني بالتناوب بين المركز والمقاولة.",
        "Apprenticeship alternating between the centre and a workplace.",
        "Se présenter au centre ; le centre aide à trouver l'entreprise d'accueil.",
        "الحضور إلى المركز الذي يساعد في إيجاد المقاولة المستقبلة.",
        "Come to the centre; it helps find a host business.",
        "Gratuit",
        15,
        None,
    ),
    "SOC_EDU": (
        "Formation aux métiers (couture, coiffure, cuisine, informatique) en centre social.",
        "تكوين في المهن (الخياطة، الحلاقة، الطبخ، الإعلاميات) بالمركز.",
        "Trade courses (sewing, hairdressing, cooking, computing) at the centre.",
        "S'inscrire au centre en début de session ; orientation possible par une association.",
        "التسجيل في المركز في بداية الدورة، ويمكن التوجيه من طرف جمعية.",
        "Enrol at the centre at the start of a session; NGOs can refer.",
        "Gratuit",
        15,
        None,
    ),
    "SOC_LIT": (
        "Cours d'alphabétisation et de langue (arabe, darija, français).",
        "دروس محو الأمية واللغات (العربية، الدارجة، الفرنسية).",
        "Literacy and language classes (Arabic, Darija, French).",
        "S'inscrire au centre ; les cours suivent le calendrier du programme.",
        "التسجيل في المركز حسب برنامج الدروس.",
        "Enrol at the centre; classes follow the programme calendar.",
        "Gratuit",
        15,
        None,
    ),
    "SOC_ASSIST": (
        "Accueil, écoute et orientation vers les services sociaux et les associations.",
        "الاستقبال والإنصات والتوجيه نحو الخدمات الاجتماعية والجمعيات.",
        "Reception, listening and referral to social services and NGOs.",
        "Se présenter à l'accueil aux heures d'ouverture.",
        "الحضور إلى الاستقبال خلال أوقات العمل.",
        "Come to the reception desk during opening hours.",
        "Gratuit",
        None,
        None,
    ),
    "SOC_CHILD": (
        "Accueil préscolaire des jeunes enfants.",
        "استقبال الأطفال في التعليم الأولي.",
        "Pre-school care for young children.",
        "Inscription par un parent au centre, selon les places disponibles.",
        "تسجيل الطفل من طرف أحد الوالدين حسب المقاعد المتوفرة.",
        "A parent enrols the child at the centre, subject to places.",
        "Gratuit",
        3,
        6,
    ),
    "ART_TRAIN": (
        "Formation aux métiers de l'artisanat (zellige, tissage, bois, cuir, bijouterie).",
        "التكوين في حرف الصناعة التقليدية (الزليج، النسيج، الخشب، الجلد، الحلي).",
        "Craft training (zellige, weaving, wood, leather, jewellery).",
        "S'inscrire au centre lors de la rentrée de la formation.",
        "التسجيل في المركز عند الدخول التكويني.",
        "Enrol at the centre when the training year starts.",
        "Gratuit",
        15,
        None,
    ),
    "ART_SUPPORT": (
        "Appui aux artisans et coopératives : registre national de l'artisanat, salons, "
        "accès aux marchés.",
        "دعم الصناع والتعاونيات: السجل الوطني للصناعة التقليدية والمعارض والولوج إلى الأسواق.",
        "Support for artisans and cooperatives: national crafts register, fairs, market access.",
        "Prendre rendez-vous auprès de la chambre.",
        "أخذ موعد لدى الغرفة.",
        "Book an appointment with the chamber.",
        "Gratuit",
        18,
        None,
    ),
    "INFO_DESK": (
        "Guichet d'information pour les personnes migrantes : services, démarches, orientation.",
        "شباك إرشاد المهاجرين: الخدمات والإجراءات والتوجيه.",
        "Information desk for migrants: services, formalities, referral.",
        "Sans rendez-vous aux heures d'ouverture.",
        "بدون موعد خلال أوقات العمل.",
        "Walk in during opening hours.",
        "Gratuit",
        None,
        None,
    ),
}


def _check_vocabularies() -> None:
    """The templates use only codes of the vocabularies, each with its own institution."""
    for ftype, cats in SERVICES_BY_FACILITY.items():
        inst = FACILITY[ftype]["institution"]
        for c in cats:
            offered_by = CATEGORY[c]["institutions"].split(",")
            if inst not in offered_by:
                raise ValueError(f"{c} is not offered by {inst} ({ftype})")
    for t in TEMPLATES.values():
        if t.facility_type not in FACILITY:
            raise ValueError(f"unknown facility type {t.facility_type}")


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------
def tier(population: int) -> int:
    """1 for the largest cities ... 5 for small towns."""
    for i, limit in enumerate((400_000, 100_000, 40_000, 15_000), start=1):
        if population >= limit:
            return i
    return 5


#: Probability of each template in a town of each tier (1..5); None: not by tier.
PLAN: dict[str, tuple[float, float, float, float, float]] = {
    "anapec": (1, 1, 0.6, 0.15, 0),
    "anapec_mobile": (0, 0, 0, 0, 0.05),
    "ista": (1, 1, 0.6, 0, 0),
    "ita": (1, 0.5, 0, 0, 0),
    "isht": (0.6, 0.1, 0, 0, 0),
    "cfp": (0, 0, 0.2, 0.2, 0.03),
    "cef": (1, 0.8, 0.4, 0.15, 0.03),
    "social": (1, 0.3, 0.1, 0, 0),
    "women": (1, 0.15, 0, 0, 0),
    "childcare": (1, 0.2, 0, 0, 0),
    "cfa": (1, 0.8, 0.4, 0.05, 0),
    "qualif": (0.6, 0.1, 0, 0, 0),
}
#: District variants in the cities that have arrondissements (largest first), per template.
PER_DISTRICT = {"anapec_arr": 2, "ista_arr": 1, "cef_arr": 1}


def de(name: str) -> str:
    """French "de <name>", elided before a vowel: "de Tanger", "d'Oujda", "d'Es-Semara"."""
    first = unicodedata.normalize("NFKD", name[:1])[:1].lower()
    return f"d'{name}" if first in "aeiouy" else f"de {name}"


def _date_between(rng: random.Random, span: tuple[dt.date, dt.date]) -> str:
    days = (span[1] - span[0]).days
    return (span[0] + dt.timedelta(days=rng.randint(0, days))).isoformat()


def _codes(values: set[str], order: list[str]) -> str:
    """The stored form of a code list (amuddu_plugin.definitions.formats)."""
    return codes_value(v for v in order if v in values) or ""


def _weighted(rng: random.Random, choices: list[tuple[Any, float]]) -> Any:
    r = rng.random() * sum(w for _, w in choices)
    for value, w in choices:
        r -= w
        if r < 0:
            return value
    return choices[-1][0]


class Placer:
    """Puts a point near a town, inside the town's province (hence region) polygon."""

    def __init__(self, ref: Any, locator: Any):
        self.ref = ref
        self.locator = locator

    def place(self, rng: random.Random, town: Any, max_m: float) -> tuple[float, float]:
        from qgis.core import QgsGeometry, QgsPointXY

        province = self.ref.province(town.province_key)
        region = self.ref.region_geoms[town.region_code]
        town_pt = QgsGeometry.fromPointXY(QgsPointXY(town.lon, town.lat))
        # A coastal town can lie just outside the simplified polygon: start from the
        # nearest point of its province instead.
        anchor = (
            town_pt
            if province.geometry.contains(town_pt)
            else province.geometry.nearestPoint(town_pt)
        )
        ax, ay = anchor.asPoint().x(), anchor.asPoint().y()
        lo, hi = 100.0, max_m
        for attempt in range(60):
            if attempt and attempt % 15 == 0:
                hi = max(lo + 50.0, hi / 2)
            d = rng.uniform(lo, hi)
            a = rng.uniform(0, 2 * math.pi)
            x = ax + d * math.sin(a) / (111_320.0 * math.cos(math.radians(ay)))
            y = ay + d * math.cos(a) / 110_574.0
            pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            if province.geometry.contains(pt) and region.contains(pt):
                return x, y
        # Still nothing (a thin strip of land): a point of the province near the anchor.
        disc = anchor.buffer(0.02, 16)
        p = province.geometry.intersection(disc).pointOnSurface().asPoint()
        return p.x(), p.y()


def generate(ref: Any, locator: Any, matcher: Any) -> tuple[list[dict], list[dict], dict[str, Any]]:
    """Sample service points and services for the towns of ``ref``."""
    from qgis.core import QgsGeometry, QgsPointXY

    _check_vocabularies()
    rng = random.Random(SEED)
    placer = Placer(ref, locator)
    towns = sorted(ref.towns, key=lambda t: (-t.population, t.geonames_id))
    # A town named like a larger one (GeoNames' "Dakhla" district of Agadir) would give
    # misleading names ("ANAPEC – Agence de Dakhla" in Agadir): only the largest is used.
    seen: set[str] = set()
    unique = []
    for t in towns:
        key = t.name_fr.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(t)
    towns = unique
    regions = {code: (fr, ar, capital) for code, (fr, ar, capital) in voc.REGIONS.items()}

    # Districts (arrondissements) of the cities that have them, by HCP commune code.
    districts: dict[str, list[dict]] = collections.defaultdict(list)
    for a in sorted(ref.arrondissements, key=lambda a: (-(a["population_2024"] or 0), a["code"])):
        districts[a["commune_code"]].append(a)

    # The capital town of each region, as the decree names it.
    capital_town: dict[str, Any] = {}
    for code, (_fr, _ar, capital) in regions.items():
        in_region = [t for t in towns if t.region_code == code]
        named = [
            t
            for t in in_region
            if capital.casefold() in (t.name_fr.casefold(), t.geonames_name.casefold())
        ]
        capital_town[code] = (named or in_region)[0]

    # The provincial delegation of Entraide Nationale in the largest town of each province.
    delegation_town: dict[int, Any] = {}
    for t in towns:
        delegation_town.setdefault(t.province_key, t)

    plan: list[tuple[str, Any, str, dict | None]] = []  # template, town, variant, district
    for code in sorted(regions):
        plan.append(("cmc", capital_town[code], "", None))
        plan.append(("chamber", capital_town[code], "", None))
    for t in towns:
        k = tier(t.population) - 1
        if delegation_town.get(t.province_key) is t:
            plan.append(("en_delegation", t, "", None))
        for key, probabilities in PLAN.items():
            if rng.random() < probabilities[k]:
                plan.append((key, t, "", None))
        if t.commune and districts.get(t.commune["code"]):
            for key, n in PER_DISTRICT.items():
                for d in districts[t.commune["code"]][:n]:
                    plan.append((key, t, d["code"], d))

    points: list[dict] = []
    services: list[dict] = []
    for key, town, variant, district in plan:
        tpl = TEMPLATES[key]
        ftype = FACILITY[tpl.facility_type]
        institution = ftype["institution"]
        region_fr, region_ar, _capital = regions[town.region_code]
        stable_key = f"service_point/{key}/{town.geonames_id}/{variant}"
        point_uuid = str(uuid.uuid5(SAMPLE_NAMESPACE, stable_key))
        fmt = {
            "town": town.name_fr,
            "de_town": de(town.name_fr),
            "de_region": region_fr if not region_fr.startswith("L'") else "de l'" + region_fr[2:],
            "town_ar": town.name_ar or "",
            "region": region_fr,
            "region_ar": region_ar,
            "place": district["name_fr"] if district else "",
            "place_ar": district["name_ar"] if district else "",
        }
        has_ar = bool(town.name_ar) or key == "chamber"
        t1 = tier(town.population)
        max_m = {1: 1500.0, 2: 1200.0, 3: 900.0}.get(t1, 700.0)
        x, y = placer.place(rng, town, max_m)
        province = locator.province_at(x, y)
        if province is None or province.region_code != town.region_code:
            raise RuntimeError(f"sample point {stable_key} fell outside its region")
        commune, _how = matcher.match(province.code, town.name_fr)

        languages = {"ar", "ary", "fr"}
        if town.region_code in AMAZIGH_REGIONS and rng.random() < 0.5:
            languages.add("zgh")
        if town.region_code in SPANISH_REGIONS and rng.random() < 0.35:
            languages.add("es")
        if t1 <= 2 and institution in ("ANAPEC", "OFPPT") and rng.random() < 0.4:
            languages.add("en")
        eligibility = _weighted(
            rng,
            [
                ({"REGULARISED", "REFUGEE"}, 0.78),
                (
                    {"REGULARISED", "REFUGEE", "ASYLUM_SEEKER"},
                    0.12 if institution == "EN" else 0.05,
                ),
                ({"ANY"}, 0.10 if tpl.facility_type in ("EN_SOCIAL", "EN_DELEGATION") else 0.0),
            ],
        )
        status = _weighted(rng, [("active", 0.93), ("temporarily_closed", 0.05), ("closed", 0.02)])
        state = "draft" if rng.random() < 0.10 else "published"
        verified = _date_between(rng, STALE if rng.random() < 0.15 else RECENT)
        hours = "Mo-Fr 08:30-16:30"
        if tpl.facility_type != "EN_CHILDCARE" and rng.random() < 0.25:
            hours += "; Sa 09:00-12:00"
        place_fr = district["name_fr"] if district else "Centre-ville"
        place_ar = district["name_ar"] if district else "وسط المدينة"
        point = {
            "uuid": point_uuid,
            "institution": institution,
            "facility_type": tpl.facility_type,
            "name_fr": tpl.fr.format(**fmt),
            "name_ar": tpl.ar.format(**fmt) if has_ar and rng.random() < 0.9 else None,
            "name_en": tpl.en.format(**fmt) if rng.random() < 0.35 else None,
            "address_fr": f"{place_fr}, {town.name_fr}",
            "address_ar": f"{place_ar}، {town.name_ar}" if town.name_ar else None,
            "town": town.name_fr,
            "commune_code": commune["code"] if commune else None,
            "province_code": province.code,
            "region_code": province.region_code,
            "phone": None,
            "email": None,
            "website": INSTITUTION_WEBSITE[institution],
            "opening_hours": hours,
            "languages": _codes(languages, LANGUAGE_ORDER),
            "eligibility": _codes(eligibility, ELIGIBILITY_ORDER),
            "wheelchair": _weighted(
                rng, [("yes", 0.3), ("limited", 0.3), ("no", 0.15), (None, 0.25)]
            ),
            "operating_status": status,
            "publication_state": state,
            "last_verified_on": verified,
            "last_verified_by": VERIFIER,
            "source": SOURCE,
            "notes": NOTE,
            "geometry": QgsGeometry.fromPointXY(QgsPointXY(x, y)),
        }
        points.append(point)

        offered = SERVICES_BY_FACILITY[tpl.facility_type]
        n = min(len(offered), rng.randint(1, 4))
        chosen = [offered[0]] + rng.sample(offered[1:], n - 1)
        for cat in chosen:
            d_fr, d_ar, d_en, h_fr, h_ar, h_en, fees, min_age, max_age = SERVICE_TEXT[cat]
            s_elig = set(eligibility)
            if cat in ("VT_INIT", "VT_APPR", "EMP_REG", "EMP_MATCH"):
                s_elig.discard("ASYLUM_SEEKER")  # rules not written down: not assumed
                if s_elig == set():
                    s_elig = {"REGULARISED", "REFUGEE"}
            if cat == "SOC_CHILD" and "ANY" not in s_elig and rng.random() < 0.3:
                s_elig.add("ASYLUM_SEEKER")
            services.append(
                {
                    "uuid": str(uuid.uuid5(SAMPLE_NAMESPACE, f"service/{stable_key}/{cat}")),
                    "service_point_uuid": point_uuid,
                    "category": cat,
                    "description_fr": d_fr,
                    "description_ar": d_ar if rng.random() < 0.6 else None,
                    "description_en": d_en if rng.random() < 0.4 else None,
                    "eligibility": _codes(s_elig, ELIGIBILITY_ORDER),
                    **dict(zip(("fees_fr", "fees_ar", "fees_en"), FEES_TEXT.get(fees, (fees, None, None)))),
                    "how_to_apply_fr": h_fr,
                    "how_to_apply_ar": h_ar if rng.random() < 0.5 else None,
                    "how_to_apply_en": h_en if rng.random() < 0.3 else None,
                    "min_age": min_age,
                    "max_age": max_age,
                }
            )

    stats = _stats(points, services)
    return points, services, stats


def _stats(points: list[dict], services: list[dict]) -> dict[str, Any]:
    by_inst = collections.Counter(p["institution"] for p in points)
    by_region = collections.Counter(p["region_code"] for p in points)
    by_type = collections.Counter(p["facility_type"] for p in points)
    status = collections.Counter(p["operating_status"] for p in points)
    state = collections.Counter(p["publication_state"] for p in points)
    stale = sum(1 for p in points if p["last_verified_on"] < RECENT[0].isoformat())
    lines = [
        f"{len(points)} service points and {len(services)} services, every row with "
        f"`source = '{SOURCE}'` and the note *{NOTE}*. Names follow each institution's "
        "usual naming in real towns; no phone number or e-mail address is invented "
        "(both are empty). Seed `" + SEED + "`, identifiers UUID 5 in namespace "
        f"`{SAMPLE_NAMESPACE}`.",
        "",
        "- by institution: " + ", ".join(f"{k} {v}" for k, v in sorted(by_inst.items())),
        "- by region: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_region.items())),
        "- by facility type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())),
        "- operating status: " + ", ".join(f"{k} {v}" for k, v in sorted(status.items())),
        "- publication: " + ", ".join(f"{k} {v}" for k, v in sorted(state.items())),
        f"- last verified between {STALE[0]} and {STALE[1]} (stale, over 12 months): {stale}; "
        f"the others between {RECENT[0]} and {RECENT[1]}",
        f"- with an Arabic name: {sum(1 for p in points if p['name_ar'])}, an English name: "
        f"{sum(1 for p in points if p['name_en'])}, a commune code: "
        f"{sum(1 for p in points if p['commune_code'])}",
    ]
    return {
        "points": len(points),
        "services": len(services),
        "by_institution": dict(by_inst),
        "by_region": dict(by_region),
        "report_lines": lines,
    }
