// Text normalisation for the search: the rules of fold() in amuddu_plugin/core/normalise.py
// (which the exporter and the tests use): no case, accents, Arabic diacritics or tatweel;
// Arabic letter variants folded (أ إ آ ٱ -> ا, ة -> ه, ى -> ي, Persian/Maghrebi shapes);
// ligatures spelt out; Arabic-Indic digits as 0-9; invisible marks dropped; anything that is
// not a letter or a digit separates words.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\ufeff]/g;
const MARKS = /[\p{Mn}\p{Me}\u0670]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const SPECIAL = /[\u0660-\u0669\u06f0-\u06f9\u0153\u00e6\u00f8\u0111\u0142\u0131\u00df\u0671\u0649\u0629\u06a9\u06ad\u06af\u06cc\u06d0\u06a4\u06a5\u067e\u0640]/g;
const FOLD = {
  '\u0153': 'oe', '\u00e6': 'ae', '\u00f8': 'o', '\u0111': 'd', '\u0142': 'l', '\u0131': 'i', '\u00df': 'ss',
  '\u0671': '\u0627', '\u0649': '\u064a', '\u0629': '\u0647', '\u06a9': '\u0643', '\u06ad': '\u0643',
  '\u06af': '\u0643', '\u06cc': '\u064a', '\u06d0': '\u064a', '\u06a4': '\u0641', '\u06a5': '\u0641',
  '\u067e': '\u0628', '\u0640': '',
};

function special(c) {
  if (c in FOLD) return FOLD[c];
  const code = c.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

export function norm(text) {
  if (!text) return '';
  return text.replace(INVISIBLE, '').toLowerCase().replace(SPECIAL, special).normalize('NFKD')
    .replace(MARKS, '').replace(SPECIAL, special).replace(SEPARATORS, ' ').trim();
}
