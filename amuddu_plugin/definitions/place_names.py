"""Everyday names of Moroccan towns that the gazetteer (GeoNames' alternate names) lacks or
spells otherwise: what people type in the web map's search box ("Casa", "كازا", "Fez").

One curated list, keyed by the town's French name as the gazetteer writes it; the web map
export adds these names to the town's alternate names, so that the page's search (and any
other user of the gazetteer) finds the town by them. Kept short on purpose: GeoNames already
holds most English and transliterated spellings (Tangier, Marrakesh, Fez, El Aaiun...).

Pure Python (no QGIS).
"""

from __future__ import annotations

#: French name of a gazetteer town -> everyday names (Latin, Arabic, Darija spellings).
EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "Casablanca": ("Casa", "Dar el Beida", "Dar Beida", "كازا", "كازابلانكا", "الدار البيضا", "البيضاء"),
    "Rabat": ("Rbat", "الرباط"),
    "Fès": ("Fez", "Fes", "فاس"),
    "Tanger": ("Tangier", "Tangiers", "Tanja", "طنجه"),
    "Marrakech": ("Marrakesh", "Marrakch", "Kech", "مراكش", "مراكيش"),
    "Meknès": ("Meknes", "Miknas", "مكناس"),
    "Oujda": ("Wajda", "Oujda Angad", "وجده"),
    "Kénitra": ("Kenitra", "Qnitra", "لقنيطرة"),
    "Tétouan": ("Tetouan", "Tetuan", "Titwan", "تطوان"),
    "Salé": ("Sale", "Sla", "سلا"),
    "Agadir": ("Agadir", "أكادير", "اكادير"),
    "Laâyoune": ("Laayoune", "El Aaiun", "Layoune", "العيون"),
    "El Jadida": ("Jadida", "Mazagan", "الجديدة"),
    "Béni Mellal": ("Beni Mellal", "بني ملال"),
    "Nador": ("الناظور", "الناضور"),
    "Al Hoceima": ("Hoceima", "Alhucemas", "الحسيمة"),
    "Mohammadia": ("Mohammedia", "Fedala", "المحمدية"),
    "Khouribga": ("خريبكة",),
    "Dakhla": ("Villa Cisneros", "الداخلة"),
    "Safi": ("Asfi", "آسفي", "اسفي"),
    "Témara": ("Temara", "تمارة"),
    "Ksar El Kebir": ("Ksar Kbir", "Alcazarquivir", "القصر الكبير"),
    "Larache": ("Larrache", "Laarayech", "العرائش"),
    "Essaouira": ("Mogador", "الصويرة"),
}
