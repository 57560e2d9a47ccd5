// The page's state (what the URL and the history entries describe) and what follows from
// it without the page: the filters' choices, the history entry, the language preferred.
// Pure functions over plain data (no DOM): tested with `node --test` (webapp/test/).
import {PAGE} from './consts.js';

/** The kinds of vocabulary that the URL names by their codes. */
export const CODED = ['institution', 'category', 'region', 'province', 'eligibility'];

/** The state of a page opened without a fragment. */
export function initialState(meta) {
  return {
    lang: meta.default_language, q: '', inst: null, cat: -1, reg: -1, prov: -1, elig: -1,
    open: false, place: null, sort: null, sel: -1, inview: false, tiles: !!meta.basemap,
    view: 'list', here: null, shown: PAGE,
  };
}

/** For each coded kind, code -> index in the vocabulary. */
export function positions(vocab) {
  const out = {};
  for (const key of CODED) out[key] = new Map(vocab[key].map((e, i) => [e.code, i]));
  return out;
}

/** The institutions, categories, regions and provinces that some point has (Sets of indexes). */
export function presentValues(d) {
  const present = {institution: new Set(), category: new Set(), region: new Set(), province: new Set()};
  for (let i = 0; i < d.n; i++) {
    present.institution.add(d.inst[i]);
    present.region.add(d.region[i]);
    present.province.add(d.province[i]);
  }
  for (let k = 0; k < d.svcCat.length; k++) present.category.add(d.svcCat[k]);
  return present;
}

/** The first of the browser's languages (`accepted`, e.g. navigator.languages) that the
 * map has, by its two first letters; undefined when none. */
export function preferredLanguage(accepted, languages) {
  return accepted.map((l) => String(l).slice(0, 2).toLowerCase()).find((l) => languages.includes(l));
}

/** Whether a filter of the filter panel narrows the list (the search box is not one). */
export function filtersActive(s) {
  return !!(s.inst || s.cat >= 0 || s.reg >= 0 || s.prov >= 0 || s.elig >= 0 || s.open);
}

/** The reset button: every filter and the search box back to "all". */
export function clearFilters(s) {
  return Object.assign(s, {inst: null, cat: -1, reg: -1, prov: -1, elig: -1, open: false, q: ''});
}

/** The provinces offered: those with points, in the chosen region (`reg` >= 0) only. */
export function provinceChoices(present, vocab, reg) {
  return new Set([...present].filter((i) => i >= 0 && (reg < 0 || vocab.province[i].region === reg)));
}

/** The eligibility choices offered: all but "anyone" (index `any`, -1 when none). */
export function eligibilityChoices(vocab, any) {
  return new Set(vocab.eligibility.map((e, i) => i).filter((i) => i !== any));
}

/** A position of the user's own (located or touched on the map): never in the URL. */
export function ownPosition(place) {
  return !!place && (place.kind === 'gps' || place.kind === 'pick');
}

/** State `s` as a fragment read (url.js readHash) describes it; `kept`: the place that the
 * history entry holds (a position of one's own), used when the fragment names none. */
export function applyRead(s, read, kept) {
  if (read.lang) s.lang = read.lang;
  return Object.assign(s, read, {lang: s.lang, place: read.place || kept || null});
}

/** What a history entry keeps besides its URL: the user's own position, and whether the
 * entry was pushed by opening the details (`push`: a new entry; `current`: history.state). */
export function historyEntry(s, push, current) {
  const place = ownPosition(s.place) ? s.place : null;
  const opened = push ? s.sel >= 0 : !!(current && current.opened && s.sel >= 0);
  return {place, opened};
}

/** The sort the list shows: by distance around a place, unless the user chose by name. */
export function sortShown(s, place) {
  return place && s.sort !== 'name' ? 'distance' : 'name';
}

/** Whether "farther ones too" is offered: the list around `place` was limited (`allNear`
 * matches before the limit, `count` after), and the user has not asked already (`far`). */
export function farOffered(s, place, far, allNear, count) {
  return !!(place && !far && allNear > count && s.sort !== 'name');
}
