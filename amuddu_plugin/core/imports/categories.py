"""Reading service categories as offices write them ("Inscription", "Auto-emploi",
"Formation qualifiante", "التسجيل"...), in this order:

1. the institution's own wordings saved in the column mapping;
2. the category's code or one of its labels (French, Arabic, English), folded;
3. one of its *synonyms*, the other wordings the committee keeps in the ``synonyms`` column of
   the ``service_category`` table (data, not code: seeded from
   :data:`~amuddu_plugin.definitions.vocabularies.SYNONYMS`);
4. word matching: every word of the wording (beyond small words like "de", "et", "و")
   is a word of one category's label or synonyms. When several categories have them all,
   those the row's institution offers win, then the one with the fewest other words; a tie
   is no match.

Steps 3 and 4 are reported as "read as" (so the person can check them); a wording still
unknown is reported with the closest codes (:mod:`difflib`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from ...definitions.vocabularies import split_synonyms
from ..values.normalise import fold

#: Words that say nothing about which category is meant.
_SMALL_WORDS = frozenset({
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par",
    "pour", "sur", "un", "une", "and", "for", "of", "or", "the", "to", "in", "و", "في", "من",
    "عن", "على", "الى", "او",
})
#: How many close codes are suggested for an unknown wording.
SUGGESTIONS = 3
#: How alike (difflib's ratio) a name must be to an unknown wording to be suggested.
CLOSE = 0.75


def _word(word: str) -> str:
    """A word without the Arabic conjunction "و" and article "ال" stuck to its front."""
    if word.startswith("وال") and len(word) > 4:
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


def words(text: object) -> frozenset[str]:
    """The meaningful words of a wording, folded."""
    return frozenset(_word(w) for w in fold(text).split() if w not in _SMALL_WORDS and len(w) > 1)


@dataclass(frozen=True)
class Reading:
    """How one wording was read: its code (None when unknown), and how."""

    code: str | None
    how: str  # "label", "synonym", "words" or "unknown"
    suggestions: tuple[str, ...] = ()


@dataclass
class CategoryMatcher:
    """The service categories of a database, ready to read wordings."""

    labels: dict[str, str] = field(default_factory=dict)  # fold(code or label) -> code
    synonyms: dict[str, str] = field(default_factory=dict)  # fold(synonym) -> code
    vocabulary: dict[str, list[frozenset[str]]] = field(default_factory=dict)  # code -> word sets
    offered: dict[str, set[str]] = field(default_factory=dict)  # code -> institutions
    titles: dict[str, tuple[str | None, ...]] = field(default_factory=dict)  # code -> (fr, ar, en)

    def add(self, code: str, names: tuple[str | None, ...], synonyms: object,
            institutions: set[str]) -> None:
        """One row of ``service_category``: its code, labels (fr, ar, en), synonyms cell and
        institutions."""
        self.offered[code] = institutions
        self.titles[code] = names
        sets = self.vocabulary.setdefault(code, [])
        for name in (code, *names):
            if name:
                self.labels.setdefault(fold(name), code)
                sets.append(words(name))
        for synonym in split_synonyms(synonyms):
            self.synonyms.setdefault(fold(synonym), code)
            sets.append(words(synonym))

    def read(self, text: str, institution: str | None = None) -> Reading:
        key = fold(text)
        if key in self.labels:
            return Reading(self.labels[key], "label")
        if key in self.synonyms:
            return Reading(self.synonyms[key], "synonym")
        code = self._by_words(words(text), institution)
        if code is not None:
            return Reading(code, "words")
        return Reading(None, "unknown", self.closest(key))

    def _by_words(self, wanted: frozenset[str], institution: str | None) -> str | None:
        if not wanted:
            return None
        fits: list[tuple[bool, int, str]] = []
        for code, sets in self.vocabulary.items():
            extra = [len(s - wanted) for s in sets if wanted <= s]
            if extra:
                offered = not self.offered.get(code) or institution in self.offered[code]
                fits.append((not offered, min(extra), code))
        if not fits:
            return None
        fits.sort()
        if len(fits) > 1 and fits[0][:2] == fits[1][:2]:
            return None  # two categories fit as well: which one is meant?
        return fits[0][2]

    def closest(self, key: str) -> tuple[str, ...]:
        """The codes whose labels or synonyms are the closest to the folded ``key`` (the whole
        name, or its start as long as ``key``: "Autoemploi" is close to "Auto-emploi et
        création d'entreprise"), at most :data:`SUGGESTIONS`."""
        wanted = key.replace(" ", "")
        scored: list[tuple[float, str]] = []
        for name, code in {**self.synonyms, **self.labels}.items():
            text = name.replace(" ", "")
            ratio = difflib.SequenceMatcher(None, wanted, text).ratio()
            if len(text) > len(wanted):
                ratio = max(ratio, difflib.SequenceMatcher(None, wanted, text[:len(wanted)]).ratio())
            if ratio >= CLOSE:
                scored.append((ratio, code))
        out: list[str] = []
        for _, code in sorted(scored, key=lambda item: -item[0]):
            if code not in out:
                out.append(code)
        return tuple(out[:SUGGESTIONS])

    def title(self, code: str, language: str) -> str:
        """``CODE (label)`` in ``language`` (French when it has none)."""
        names = dict(zip(("fr", "ar", "en"), self.titles.get(code, ())))
        label = names.get(language) or names.get("fr")
        return f"{code} ({label})" if label else code
