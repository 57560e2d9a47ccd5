// Reading the data that the exporter embedded in the page (amuddu_plugin/core/webmap_data.py
// describes the format): columns of integers and indexes into a shared string table.
import {FALLBACK} from './i18n.js';
import {haystack} from './search.js';
import {norm} from './text.js';

export function readJson(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error('missing ' + id);
  return JSON.parse(el.textContent);
}

function ints(list, Type) {
  const out = new Type(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  return out;
}

export function mercatorX(lon) {
  return (lon + 180) / 360;
}

export function mercatorY(lat) {
  const s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** The string table: sorted strings, each the prefix it shares with the previous one
 * (a length in UTF-16 code units) followed by the rest. */
function frontDecoded(table) {
  const prefix = table.prefix;
  const suffix = table.suffix;
  const out = new Array(suffix.length);
  let previous = '';
  for (let k = 0; k < suffix.length; k++) {
    previous = out[k] = prefix[k] ? previous.slice(0, prefix[k]) + suffix[k] : suffix[k];
  }
  return out;
}

/** A column of texts (one per point): plain, or each value as the start ("front") or the
 * end ("back") it shares with the previous value, and the rest. */
function column(coded) {
  const text = coded.text;
  if (coded.coding === 'plain') return text;
  const shared = coded.shared;
  const back = coded.coding === 'back';
  const out = new Array(text.length);
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const k = shared[i];
    previous = out[i] = !k ? text[i] : back ? text[i] + previous.slice(previous.length - k)
      : previous.slice(0, k) + text[i];
  }
  return out;
}

function byLanguage(columns) {
  const out = {};
  for (const lang of Object.keys(columns)) out[lang] = column(columns[lang]);
  return out;
}

export class Data {
  constructor(raw) {
    if (!raw || raw.format !== 'amuddu-webmap' || raw.version !== 1) throw new Error('format');
    const P = raw.points;
    const S = raw.services;
    this.raw = raw;
    this.meta = raw.meta;
    this.labels = raw.labels;
    this.vocab = raw.vocab;
    this.strings = frontDecoded(raw.strings);
    const n = this.n = P.n;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.mx = new Float64Array(n);
    this.my = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const lon = (P.x[i] + P.x0) / P.scale;
      const lat = (P.y[i] + P.y0) / P.scale;
      this.lon[i] = lon;
      this.lat[i] = lat;
      this.mx[i] = mercatorX(lon);
      this.my[i] = mercatorY(lat);
    }
    this.ids = P.id;
    this.inst = ints(P.institution, Int16Array);
    this.type = ints(P.facility_type, Int16Array);
    this.town = ints(P.town, Int32Array);
    this.province = ints(P.province, Int16Array);
    this.region = ints(P.region, Int16Array);
    this.hours = ints(P.hours, Int32Array);
    this.langs = ints(P.languages, Int32Array);
    this.elig = ints(P.eligibility, Int32Array);
    this.wheel = ints(P.wheelchair, Int8Array);
    this.status = ints(P.status, Int8Array);
    this.phone = column(P.phone);
    this.email = column(P.email);
    this.website = P.website;
    this.verified = P.verified;
    this.name = byLanguage(P.name);
    this.address = byLanguage(P.address);
    this.sortedBy = P.sorted_by;
    this.svcStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.svcStart[i + 1] = this.svcStart[i] + P.services[i];
    this.details = raw.vocab.service_details;
    this.svcCat = ints(S.category, Int16Array);
    this.svcDetail = ints(S.detail, Int32Array);
    this.svcElig = new Int32Array(S.n);
    for (let q = 0; q < S.n; q++) this.svcElig[q] = this.details[this.svcDetail[q]].eligibility;
    this.haystacks = null;
    this.words = null;
    // Phones not in the import's form: what each piece shows and dials (the exporter's rule).
    this.tel = new Map();
    const tel = P.tel || {rows: [], pieces: []};
    tel.rows.forEach((row, k) => this.tel.set(row, tel.pieces[k]));
    this.orders = {};
    this.keyOf = null;
  }

  id(i) {
    return this.ids.substr(22 * i, 22);
  }

  indexOfId(id) {
    if (!this.keyOf) {
      this.keyOf = new Map();
      for (let i = 0; i < this.n; i++) this.keyOf.set(this.id(i), i);
    }
    const found = this.keyOf.get(id);
    return found === undefined ? -1 : found;
  }

  /** {text, lang} of a column given by language ({fr: [...], ar: [...]}) for row i. */
  text(byLang, i, lang) {
    if (!byLang) return null;
    for (const l of FALLBACK[lang]) {
      const values = byLang[l];
      if (values && values[i]) return {text: values[i], lang: l};
    }
    return null;
  }

  /** {text, lang} of string indexes by language ({fr: 12, ar: 40}). */
  textOf(byLang, lang) {
    if (!byLang) return null;
    for (const l of FALLBACK[lang]) {
      if (byLang[l]) return {text: this.strings[byLang[l]], lang: l};
    }
    return null;
  }

  /** {text, lang} of a label object ({fr: '...', ar: '...'}). */
  static label(labels, lang) {
    if (!labels) return null;
    for (const l of FALLBACK[lang]) {
      if (labels[l]) return {text: labels[l], lang: l};
    }
    return null;
  }

  str(index) {
    return index ? this.strings[index] : '';
  }

  /** What the search looks in: names, town, institution, facility type and services, as
   * folded words (search.js). */
  buildHaystacks() {
    if (this.haystacks) return this.haystacks;
    const vocabText = (entry) => {
      if (!entry) return '';
      const parts = [entry.code, entry.acronym || ''];
      for (const l in entry.label) parts.push(entry.label[l]);
      return haystack(parts.join(' '));
    };
    const inst = this.vocab.institution.map(vocabText);
    const types = this.vocab.facility_type.map(vocabText);
    const cats = this.vocab.category.map(vocabText);
    const towns = this.vocab.town.map((town) => haystack(Object.keys(town).map((k) => town[k]).join(' ')));
    const hay = new Array(this.n);
    const names = Object.keys(this.name).map((l) => this.name[l]);
    for (let i = 0; i < this.n; i++) {
      let s = '';
      for (const values of names) if (values[i]) s += haystack(values[i]);
      if (this.town[i] >= 0) s += towns[this.town[i]];
      if (this.inst[i] >= 0) s += inst[this.inst[i]];
      if (this.type[i] >= 0) s += types[this.type[i]];
      for (let k = this.svcStart[i]; k < this.svcStart[i + 1]; k++) s += cats[this.svcCat[k]];
      hay[i] = s.replace(/ {2,}/g, ' ');
    }
    this.haystacks = hay;
    return hay;
  }

  /** The distinct words searched (for the one-typo matches). */
  dictionary() {
    if (this.words) return this.words;
    const seen = new Set();
    for (const hay of this.buildHaystacks()) for (const w of hay.split(' ')) if (w.length >= 4) seen.add(w);
    this.words = [...seen];
    return this.words;
  }

  /** The pieces of point i's phone field: [[shown, dialled], ...] (dialled '' for no link). */
  phonePieces(i) {
    const found = this.tel.get(i);
    if (found) return found;
    return this.phone[i].split(/\s*[;\n]\s*/).filter(Boolean).map((part) => [part, /^\+212[5-8]\d{8}$/.test(part) ? part : '']);
  }

  /** Row indexes by town (in `lang`), then by name in `lang`: the list's order before any
   * search (the exporter sorted them by name in its default language). */
  order(lang) {
    if (this.orders[lang]) return this.orders[lang];
    const byName = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) byName[i] = i;
    if (lang !== this.sortedBy) {
      const keys = new Array(this.n);
      for (let i = 0; i < this.n; i++) {
        // Names only in another language come after the others.
        const name = this.text(this.name, i, lang);
        keys[i] = name ? (name.lang === lang ? '' : '\uffff') + norm(name.text) : '\uffff';
      }
      byName.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    }
    const towns = this.vocab.town.map((town, k) => {
      const label = Data.label(town, lang);
      return [label ? norm(label.text) : '\uffff', k];
    }).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const townRank = new Int32Array(this.vocab.town.length);
    towns.forEach(([, k], r) => { townRank[k] = r; });
    const none = towns.length;
    const rankOf = (i) => (this.town[i] >= 0 ? townRank[this.town[i]] : none);
    const position = new Int32Array(this.n);
    byName.forEach((i, k) => { position[i] = k; });
    const order = Int32Array.from(byName).sort((a, b) => rankOf(a) - rankOf(b) || position[a] - position[b]);
    this.orders[lang] = order;
    return order;
  }
}
