"""Initial content of the vocabulary tables (codes are stable; labels are data).

These rows seed every new database. Once in a database, labels belong to the committee:
they are edited there, not here. Arabic labels are drafts awaiting the committee's review
(see DOMAIN.md).
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]

# code, acronym, name_fr, name_ar, name_en, website, colour (colour-blind safe: Okabe-Ito), icon
INSTITUTIONS: list[Row] = [
    {
        "code": "ANAPEC",
        "acronym": "ANAPEC",
        "name_fr": "Agence Nationale de Promotion de l'Emploi et des Compétences",
        "name_ar": "الوكالة الوطنية لإنعاش التشغيل والكفاءات",
        "name_en": "National Agency for the Promotion of Employment and Skills",
        "website": "https://www.anapec.org",
        "colour": "#0072b2",
        "icon": "anapec.svg",
        "sort_order": 1,
    },
    {
        "code": "OFPPT",
        "acronym": "OFPPT",
        "name_fr": "Office de la Formation Professionnelle et de la Promotion du Travail",
        "name_ar": "مكتب التكوين المهني وإنعاش الشغل",
        "name_en": "Office for Vocational Training and Employment Promotion",
        "website": "https://www.ofppt.ma",
        "colour": "#e69f00",
        "icon": "ofppt.svg",
        "sort_order": 2,
    },
    {
        "code": "EN",
        "acronym": "Entraide Nationale",
        "name_fr": "Entraide Nationale",
        "name_ar": "مؤسسة التعاون الوطني",
        "name_en": "National Mutual Aid",
        "website": "https://www.entraide.ma",
        "colour": "#009e73",
        "icon": "entraide.svg",
        "sort_order": 3,
    },
    {
        "code": "ARTISANAT",
        "acronym": "Artisanat",
        "name_fr": "Département de l'Artisanat et chambres d'artisanat",
        "name_ar": "قطاع الصناعة التقليدية وغرف الصناعة التقليدية",
        "name_en": "Handicrafts Department and Chambers of Crafts",
        "website": "https://www.artisanat.gov.ma",
        "colour": "#cc79a7",
        "icon": "artisanat.svg",
        "sort_order": 4,
    },
]

# code: (fr, en, ar, institutions offering it)
_CATEGORIES: list[tuple[str, str, str, str, str]] = [
    ("EMP_REG", "Inscription et accueil des demandeurs d'emploi", "Job-seeker registration",
     "التسجيل والاستقبال", "ANAPEC"),
    ("EMP_GUID", "Orientation et ateliers de recherche d'emploi", "Career guidance",
     "التوجيه وورشات البحث عن الشغل", "ANAPEC"),
    ("EMP_MATCH", "Intermédiation et placement", "Job matching", "الوساطة في التشغيل", "ANAPEC"),
    ("EMP_TRAIN", "Formation pour l'employabilité", "Employability training",
     "التكوين من أجل الإدماج", "ANAPEC,OFPPT"),
    ("SELF_EMP", "Auto-emploi et création d'entreprise", "Self-employment support",
     "التشغيل الذاتي وإحداث المقاولات", "ANAPEC,ARTISANAT"),
    ("VT_INIT", "Formation diplômante", "Diploma vocational training",
     "التكوين المهني الأساسي", "OFPPT"),
    ("VT_SHORT", "Formation qualifiante ou continue", "Short or qualifying course",
     "التكوين التأهيلي", "OFPPT,EN,ARTISANAT"),
    ("VT_APPR", "Formation par apprentissage", "Apprenticeship", "التكوين بالتدرج المهني",
     "OFPPT,ARTISANAT"),
    ("SOC_EDU", "Éducation et formation (centres sociaux)", "Social training centre",
     "التربية والتكوين", "EN"),
    ("SOC_LIT", "Alphabétisation et langues", "Literacy and languages", "محو الأمية واللغات", "EN"),
    ("SOC_ASSIST", "Assistance et orientation sociale", "Social assistance",
     "المساعدة والتوجيه الاجتماعي", "EN"),
    ("SOC_CHILD", "Garderie et préscolaire", "Childcare", "رياض الأطفال", "EN"),
    ("ART_TRAIN", "Formation aux métiers de l'artisanat", "Craft training",
     "التكوين في حرف الصناعة التقليدية", "ARTISANAT"),
    ("ART_SUPPORT", "Appui aux artisans et coopératives", "Artisan support",
     "دعم الصناعة التقليدية", "ARTISANAT"),
    ("INFO_DESK", "Guichet d'information pour migrants", "Information desk for migrants",
     "شباك إرشاد المهاجرين", "ANAPEC,OFPPT,EN,ARTISANAT"),
]

SERVICE_CATEGORIES: list[Row] = [
    {"code": c, "label_fr": fr, "label_en": en, "label_ar": ar, "institutions": inst,
     "sort_order": i}
    for i, (c, fr, en, ar, inst) in enumerate(_CATEGORIES, start=1)
]

# code: (institution, fr, ar, en)
_FACILITY_TYPES: list[tuple[str, str, str, str, str]] = [
    ("ANAPEC_AGENCY", "ANAPEC", "Agence ANAPEC", "وكالة أنابيك", "ANAPEC agency"),
    ("ANAPEC_MOBILE", "ANAPEC", "Agence mobile ANAPEC", "وكالة متنقلة لأنابيك", "ANAPEC mobile agency"),
    ("OFPPT_ESTAB", "OFPPT", "Établissement de formation OFPPT (ISTA, ITA, CFP)",
     "مؤسسة للتكوين المهني", "OFPPT training establishment"),
    ("OFPPT_CMC", "OFPPT", "Cité des Métiers et des Compétences", "مدينة المهن والكفاءات",
     "City of Trades and Skills (CMC)"),
    ("EN_DELEGATION", "EN", "Délégation provinciale de l'Entraide Nationale",
     "مندوبية إقليمية للتعاون الوطني", "Entraide Nationale provincial delegation"),
    ("EN_TRAINING", "EN", "Centre d'éducation et de formation", "مركز التربية والتكوين",
     "Education and training centre"),
    ("EN_SOCIAL", "EN", "Centre social", "مركز اجتماعي", "Social centre"),
    ("EN_WOMEN", "EN", "Centre pour femmes", "مركز المرأة", "Women's centre"),
    ("EN_CHILDCARE", "EN", "Jardin d'enfants", "روض الأطفال", "Childcare centre"),
    ("EN_PARTNER", "EN", "Association partenaire", "جمعية شريكة", "Partner association"),
    ("ART_CFA", "ARTISANAT", "Centre de formation par apprentissage", "مركز التكوين بالتدرج المهني",
     "Craft apprenticeship centre"),
    ("ART_QUALIF", "ARTISANAT", "Centre de qualification artisanale", "مركز التأهيل الحرفي",
     "Craft qualification centre"),
    ("ART_CHAMBER", "ARTISANAT", "Chambre d'artisanat", "غرفة الصناعة التقليدية",
     "Chamber of crafts"),
]

FACILITY_TYPES: list[Row] = [
    {"code": c, "institution": inst, "label_fr": fr, "label_ar": ar, "label_en": en,
     "sort_order": i}
    for i, (c, inst, fr, ar, en) in enumerate(_FACILITY_TYPES, start=1)
]

ELIGIBILITIES: list[Row] = [
    {"code": "ANY", "label_fr": "Tout public", "label_ar": "الجميع", "label_en": "Anyone",
     "sort_order": 1},
    {"code": "REGULARISED", "label_fr": "Migrants en situation régulière",
     "label_ar": "المهاجرون في وضعية قانونية", "label_en": "Migrants with a residence card",
     "sort_order": 2},
    {"code": "REFUGEE", "label_fr": "Réfugiés", "label_ar": "اللاجئون", "label_en": "Refugees",
     "sort_order": 3},
    {"code": "ASYLUM_SEEKER", "label_fr": "Demandeurs d'asile", "label_ar": "طالبو اللجوء",
     "label_en": "Asylum seekers", "sort_order": 4},
]

LANGUAGES: list[Row] = [
    {"code": "ar", "label_fr": "Arabe", "label_ar": "العربية", "label_en": "Arabic", "sort_order": 1},
    {"code": "ary", "label_fr": "Darija", "label_ar": "الدارجة", "label_en": "Moroccan Arabic",
     "sort_order": 2},
    {"code": "zgh", "label_fr": "Amazighe", "label_ar": "الأمازيغية", "label_en": "Amazigh",
     "sort_order": 3},
    {"code": "fr", "label_fr": "Français", "label_ar": "الفرنسية", "label_en": "French", "sort_order": 4},
    {"code": "en", "label_fr": "Anglais", "label_ar": "الإنجليزية", "label_en": "English", "sort_order": 5},
    {"code": "es", "label_fr": "Espagnol", "label_ar": "الإسبانية", "label_en": "Spanish", "sort_order": 6},
]

#: Separator of the wordings in a ``synonyms`` cell of a vocabulary table.
SYNONYM_SEPARATOR = ";"

#: Other wordings of vocabulary entries, as offices write them in their spreadsheets (the
#: import reads them as the entry's code and reports it as "read as"). They seed the
#: ``synonyms`` column of new databases; once in a database they are the committee's data,
#: edited there (one wording per ";"). A wording should name one entry only.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "service_category": {
        "EMP_REG": ("Inscription", "Accueil", "Accueil et inscription", "Inscription ANAPEC",
                    "Registration", "Job seeker registration", "التسجيل", "الاستقبال",
                    "التسجيل بالوكالة"),
        "EMP_GUID": ("Orientation", "Orientation professionnelle", "Ateliers",
                     "Atelier de recherche d'emploi", "Ateliers TRE", "Coaching", "Guidance",
                     "التوجيه", "التوجيه المهني", "ورشات البحث عن الشغل"),
        "EMP_MATCH": ("Placement", "Intermédiation", "Offres d'emploi", "Mise en relation",
                      "Job placement", "الوساطة", "عروض الشغل"),
        "EMP_TRAIN": ("Formation contrat insertion", "Formation insertion", "Employabilité",
                      "التكوين من أجل الإدماج", "الإدماج"),
        "SELF_EMP": ("Auto-emploi", "Création d'entreprise", "Auto-entrepreneur",
                     "Entrepreneuriat", "Self-employment", "التشغيل الذاتي", "المقاولة الذاتية",
                     "إحداث المقاولات"),
        "VT_INIT": ("Formation initiale", "Formation diplômante", "Diplôme", "Initial training",
                    "التكوين الأساسي", "التكوين المهني"),
        "VT_SHORT": ("Formation qualifiante", "Formation continue", "Qualification",
                     "Formation courte", "Short course", "التكوين التأهيلي", "التكوين المستمر",
                     "التأهيل"),
        "VT_APPR": ("Apprentissage", "Formation alternée", "التدرج المهني", "التكوين بالتدرج"),
        "SOC_EDU": ("Centre d'éducation", "Éducation", "التربية"),
        "SOC_LIT": ("Alphabétisation", "Cours de langue", "Cours d'arabe", "Literacy",
                    "محو الأمية", "دروس اللغة"),
        "SOC_ASSIST": ("Assistance sociale", "Aide sociale", "Accompagnement social",
                       "المساعدة الاجتماعية", "التوجيه الاجتماعي"),
        "SOC_CHILD": ("Garderie", "Crèche", "Préscolaire", "Jardin d'enfants", "الحضانة",
                      "التعليم الأولي"),
        "ART_TRAIN": ("Formation artisanat", "Métiers de l'artisanat", "التكوين الحرفي"),
        "ART_SUPPORT": ("Appui aux artisans", "Coopératives", "Soutien aux artisans",
                        "دعم الحرفيين", "التعاونيات"),
        "INFO_DESK": ("Guichet migrants", "Information migrants", "Accueil migrants",
                      "Information", "شباك المهاجرين", "إرشاد المهاجرين"),
    },
    "language": {
        "ary": ("Darija marocaine", "Arabe marocain", "Arabe dialectal", "الدارجة المغربية"),
        "zgh": ("Tamazight", "Berbère", "Tachelhit", "Tarifit", "تمازيغت", "الأمازيغية"),
    },
    "eligibility": {
        "ANY": ("Tous", "Tout le monde", "Ouvert à tous", "للجميع"),
        "REGULARISED": ("Migrants régularisés", "Régularisés", "Carte de séjour",
                        "المهاجرون المسوية وضعيتهم"),
    },
}


def synonyms_text(table_name: str, code: str) -> str | None:
    """The ``synonyms`` cell that :data:`SYNONYMS` declares for one entry, or None."""
    words = SYNONYMS.get(table_name, {}).get(code)
    return f"{SYNONYM_SEPARATOR} ".join(words) if words else None


def split_synonyms(text: object) -> list[str]:
    """The wordings of a ``synonyms`` cell (the committee may also put one per line)."""
    if not text:
        return []
    parts = str(text).replace("\n", SYNONYM_SEPARATOR).replace("\r", "").split(SYNONYM_SEPARATOR)
    return [p.strip() for p in parts if p.strip()]


for _table_name, _rows in (("service_category", SERVICE_CATEGORIES), ("facility_type", FACILITY_TYPES),
                           ("eligibility", ELIGIBILITIES), ("language", LANGUAGES)):
    for _row in _rows:
        _row["synonyms"] = synonyms_text(_table_name, _row["code"])

#: Rows each vocabulary table is seeded with, by table name.
SEED: dict[str, list[Row]] = {
    "institution": INSTITUTIONS,
    "service_category": SERVICE_CATEGORIES,
    "facility_type": FACILITY_TYPES,
    "eligibility": ELIGIBILITIES,
    "language": LANGUAGES,
}

#: The 12 regions as decree 2-15-40 names them: HCP code -> (French, Arabic, capital).
REGIONS: dict[str, tuple[str, str, str]] = {
    "01": ("Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة", "Tanger"),
    "02": ("L'Oriental", "الشرق", "Oujda"),
    "03": ("Fès-Meknès", "فاس مكناس", "Fès"),
    "04": ("Rabat-Salé-Kénitra", "الرباط سلا القنيطرة", "Rabat"),
    "05": ("Béni Mellal-Khénifra", "بني ملال خنيفرة", "Béni Mellal"),
    "06": ("Casablanca-Settat", "الدار البيضاء سطات", "Casablanca"),
    "07": ("Marrakech-Safi", "مراكش آسفي", "Marrakech"),
    "08": ("Drâa-Tafilalet", "درعة تافيلالت", "Errachidia"),
    "09": ("Souss-Massa", "سوس ماسة", "Agadir"),
    "10": ("Guelmim-Oued Noun", "كلميم واد نون", "Guelmim"),
    "11": ("Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء", "Laâyoune"),
    "12": ("Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", "Dakhla"),
}
