// The search box's understanding of what is typed: words folded as people spell them, a
// place (town, province, region) found among them, and how each remaining word matches.
// Pure functions over plain data (no DOM): tested with `node --test` (webapp/test/).
//
// Matching is by word prefix, never inside a word ("fes" finds Fès, not "professionnelle");
// a word of 5 letters or more may have one typo (a letter missing, extra, wrong or two
// swapped: "oujada" finds Oujda). Folding ignores case, French accents, Arabic diacritics,
// hamza, ta marbuta and the article (الرباط = رباط), as core/values/normalise.fold does plus
// the Arabic rules a search needs.
import {norm} from './text.js';

export const TYPO_MIN = 5;
const ARTICLE = /^(?:ال|لل)(?=..)/;
const HAMZA = /\u0621/g;

/** The words of `text` as the search compares them. */
export function words(text) {
  const folded = norm(text).replace(HAMZA, '');
  if (!folded) return [];
  return folded.split(' ').map((w) => w.replace(ARTICLE, '')).filter(Boolean);
}

/** `text` folded into one string of words: " w1 w2 ... " (a word starts after a space). */
export function haystack(text) {
  const w = words(text);
  return w.length ? ' ' + w.join(' ') + ' ' : ' ';
}

/** Whether `a` and `b` differ by at most one edit (insertion, deletion, substitution or
 * the transposition of two neighbouring letters). */
export function withinOne(a, b) {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How a typed word is looked for: itself as a word prefix, or (5+ letters, when no word
 * starts so) a known word one typo away from it, or whose start is. `dictionary`: the
 * distinct words searched. */
export function alternatives(token, dictionary) {
  const out = [{text: ' ' + token, rank: 1}];
  // A typo is looked for only when no word starts as typed ("formation" never also
  // finds "formations'" neighbours one letter away).
  if (token.length < TYPO_MIN || !dictionary || dictionary.some((w) => w.startsWith(token))) return out;
  const seen = new Set();
  for (const word of dictionary) {
    if (word.startsWith(token) || word.length < token.length - 1) continue;
    let found = '';
    if (withinOne(token, word)) found = ' ' + word + ' ';
    else {
      for (let k = token.length - 1; k <= token.length + 1 && k < word.length; k++) {
        if (withinOne(token, word.slice(0, k))) {
          found = ' ' + word.slice(0, k);
          break;
        }
      }
    }
    if (found && !seen.has(found)) {
      seen.add(found);
      out.push({text: found, rank: 2});
    }
  }
  return out;
}

/** 0: not found in `hay`; 1 exact word; 2 word prefix; 3 with a typo (lower is better). */
export function matchRank(hay, alts) {
  if (hay.indexOf(alts[0].text + ' ') >= 0) return 1;
  if (hay.indexOf(alts[0].text) >= 0) return 2;
  for (let k = 1; k < alts.length; k++) if (hay.indexOf(alts[k].text) >= 0) return 3;
  return 0;
}

// --- places ------------------------------------------------------------------------------
/** The places the search knows: the gazetteer's towns (every name), and the provinces and
 * regions of the vocabulary (positioned at their most populous town). */
export class Places {
  constructor(gazetteer, vocab) {
    const g = gazetteer || {slug: [], fr: [], ar: [], alt: [], population: [], region: [], province: [], x: [], y: [], scale: 1};
    this.list = [];
    this.keys = new Map();
    this.bySlug = new Map();
    const firstTown = {province: new Map(), region: new Map()};
    g.slug.forEach((slug, i) => {
      const place = {
        kind: 'town', slug, index: i, label: {fr: g.fr[i], ar: g.ar[i] || ''},
        lat: g.y[i] / g.scale, lon: g.x[i] / g.scale, population: g.population[i] || 0,
        province: g.province[i], region: g.region[i],
      };
      this.list.push(place);
      this.bySlug.set(slug, place);
      for (const name of [g.fr[i], g.ar[i], ...(g.alt[i] ? g.alt[i].split('|') : [])]) this.key(name, place);
      for (const kind of ['province', 'region']) {
        if (place[kind] && !firstTown[kind].has(place[kind])) firstTown[kind].set(place[kind], place);
      }
    });
    for (const kind of ['province', 'region']) {
      for (const entry of (vocab && vocab[kind]) || []) {
        const town = firstTown[kind].get(entry.code);
        if (!town) continue;
        const place = {kind, code: entry.code, label: entry.label, lat: town.lat, lon: town.lon, population: 0};
        this.list.push(place);
        for (const l of Object.keys(entry.label)) this.key(entry.label[l], place);
      }
    }
    this.keyList = [...this.keys.keys()];
  }

  key(name, place) {
    const key = words(name).join(' ');
    if (!key) return;
    const found = this.keys.get(key);
    if (!found) this.keys.set(key, [place]);
    else if (!found.includes(place)) found.push(place);
  }

  /** The best place for a folded name: towns first, then the most populous. */
  lookup(key, typo) {
    let found = this.keys.get(key);
    if (!found && typo && key.replace(/ /g, '').length >= TYPO_MIN) {
      const near = this.keyList.find((k) => withinOne(key, k));
      found = near ? this.keys.get(near) : null;
    }
    if (!found) return null;
    const order = {town: 0, province: 1, region: 2};
    return [...found].sort((a, b) => order[a.kind] - order[b.kind] || b.population - a.population)[0];
  }

  /** The place named in `tokens` (the longest run of words that is a place's name) and
   * the other tokens: {place, tokens}. */
  find(tokens) {
    for (const typo of [false, true]) {
      for (let n = Math.min(4, tokens.length); n >= 1; n--) {
        for (let i = 0; i + n <= tokens.length; i++) {
          const place = this.lookup(tokens.slice(i, i + n).join(' '), typo);
          if (place) return {place, tokens: [...tokens.slice(0, i), ...tokens.slice(i + n)]};
        }
      }
    }
    return {place: null, tokens};
  }

  /** Places whose name starts with the words typed (the last one may be cut): at most `limit`. */
  suggest(text, limit = 5) {
    const key = words(text).join(' ');
    if (key.length < 2) return [];
    const out = [];
    for (const [name, places] of this.keys) {
      if (!name.startsWith(key)) continue;
      for (const place of places) if (!out.includes(place)) out.push(place);
    }
    const order = {town: 0, province: 1, region: 2};
    return out.sort((a, b) => order[a.kind] - order[b.kind] || b.population - a.population).slice(0, limit);
  }
}

/** What the search box holds: {place, tokens} (tokens folded, the place's words taken out). */
export function parseQuery(text, places) {
  const tokens = words(text);
  return places ? places.find(tokens) : {place: null, tokens};
}

/** Whether two texts are the same words for the search. */
export function sameWords(a, b) {
  return words(a).join(' ') === words(b).join(' ');
}

/**
 * The places to suggest for what is typed: those that start like its last two words, else
 * its last word ({found: places, before: the words typed before them}). None when the text
 * already names a place and its last word has TYPO_MIN letters or more (it is complete).
 */
export function suggestPlaces(typed, places) {
  const raw = typed.trim().split(/\s+/).filter(Boolean);
  let found = [];
  let before = [];
  if (!parseQuery(raw.join(' '), places).place || words(raw[raw.length - 1] || '').join('').length < TYPO_MIN) {
    for (const n of [2, 1]) {
      if (raw.length < n) continue;
      found = places.suggest(raw.slice(-n).join(' '));
      before = raw.slice(0, -n);
      if (found.length) break;
    }
  }
  return {found, before};
}
