// The Amuddu web map: find the public services open to migrants, in French, Arabic or
// English, on a phone, offline. Everything shown is built with DOM nodes and textContent.
import {Data, readJson} from './data.js';
import {$, add, clear, h, safeUrl} from './dom.js';
import {isOpen, moroccoNow} from './hours.js';
import {has, LOCALES, number, t} from './i18n.js';
import {Basemap} from './map.js';
import {distances, filterPoints, nearLimit, sortByDistance, sortByRank} from './filter.js';
import {Places, alternatives, parseQuery, words} from './search.js';
import {readHash, writeHash} from './url.js';
import * as details from './details.js';
import * as mapView from './mapview.js';
import * as place from './place.js';

import {PAGE} from './consts.js';
const PRINT_LIMIT = 2000;
const NATIVE = {fr: 'Français', ar: 'العربية', en: 'English'};
const ICON = /^[A-Za-z0-9_-]+\.svg$/;
const WIDE = '(min-width: 800px)';

function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

class App {
  constructor(data, basemap) {
    this.data = data;
    this.basemap = basemap;
    this.meta = data.meta;
    this.languages = this.meta.languages.filter(has);
    const s = this.state = {
      lang: this.meta.default_language, q: '', inst: null, cat: -1, reg: -1, prov: -1, elig: -1,
      open: false, place: null, sort: null, sel: -1, inview: false, tiles: !!this.meta.basemap,
      view: 'list', here: null, shown: PAGE,
    };
    this.matches = {indexes: new Int32Array(data.n), count: 0};
    this.listed = {indexes: new Int32Array(data.n), count: 0};
    this.distance = null;
    this.picking = false;
    this.lastHash = '';
    this.anyEligibility = data.vocab.eligibility.findIndex((e) => e.code === 'ANY');
    this.position = {};
    for (const key of ['institution', 'category', 'region', 'province', 'eligibility']) {
      this.position[key] = new Map(data.vocab[key].map((e, i) => [e.code, i]));
    }
    this.present = this.presentValues();
    this.places = new Places(data.raw.gazetteer, data.vocab);
    this.queryPlace = null;
    this.far = false;
    const preferred = (navigator.languages || [navigator.language || ''])
      .map((l) => String(l).slice(0, 2).toLowerCase()).find((l) => this.languages.includes(l));
    if (preferred) s.lang = preferred;
    this.readHash(location.hash, true);
  }

  // --- start ---------------------------------------------------------------------------------
  start() {
    // What the user typed while the page was loading is their search: keep it.
    const typed = $('q').value.trim();
    if (typed) this.state.q = typed.slice(0, 200);
    this.buildMap();
    this.bindControls();
    this.setLanguage(this.state.lang, false);
    this.update({keepView: true});
    if (this.state.sel >= 0) this.showDetails(this.state.sel, false);
    this.setView(this.state.view);
    // Back and Forward (and a link's new fragment): the page as that entry describes it.
    const restore = () => {
      if (location.hash === this.lastHash) return;
      this.lastHash = location.hash;
      const previous = this.state.sel;
      const shown = this.state.shown;
      this.readHash(location.hash, false);
      this.state.shown = shown;
      this.setLanguage(this.state.lang, false);
      this.update({keepView: true});
      if (this.state.sel >= 0) this.showDetails(this.state.sel, false);
      else if (previous >= 0) this.hideDetails(true, previous);
      this.setView(this.state.view);
    };
    window.addEventListener('popstate', restore);
    window.addEventListener('hashchange', restore);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.state.sel >= 0) this.closeDetails();
    });
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
      const link = h('link', {rel: 'manifest'});
      link.setAttribute('href', 'manifest.webmanifest');
      document.head.appendChild(link);
      navigator.serviceWorker.register('sw.js').catch(() => {});
    }
    window.addEventListener('beforeprint', () => this.renderList(PRINT_LIMIT));
    window.addEventListener('afterprint', () => this.renderList());
    const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 200));
    idle(() => this.data.buildHaystacks());
  }

  presentValues() {
    const d = this.data;
    const present = {institution: new Set(), category: new Set(), region: new Set(), province: new Set()};
    for (let i = 0; i < d.n; i++) {
      present.institution.add(d.inst[i]);
      present.region.add(d.region[i]);
      present.province.add(d.province[i]);
    }
    for (let k = 0; k < d.svcCat.length; k++) present.category.add(d.svcCat[k]);
    return present;
  }

  // --- the URL: language, filters, selected service, view -----------------------------------
  readHash(hash, first) {
    const s = this.state;
    const read = readHash(hash, {
      languages: this.languages, positions: this.position, places: this.places, tiles: !!this.meta.basemap,
      indexOfId: (id) => this.data.indexOfId(id),
    });
    if (read.lang) s.lang = read.lang;
    const kept = history.state && history.state.place;
    Object.assign(s, read, {lang: s.lang, place: read.place || kept || null});
    this.initialView = read.map;
    if (!first && this.initialView && this.map) {
      this.map.setView([this.initialView[1], this.initialView[2]], this.initialView[0]);
    }
    s.shown = PAGE;
    s.here = null;
  }

  /** The URL of the state; `push`: a new history entry (Back returns to the previous one). */
  writeHash(push) {
    const c = this.map ? this.map.getCenter() : null;
    const hash = writeHash(this.state, {vocab: this.data.vocab, tiles: !!this.meta.basemap, id: (i) => this.data.id(i)},
      c ? [this.map.getZoom(), c.lat, c.lng] : null);
    // A position of one's own stays in this tab's history, never in the URL.
    const place = this.state.place && (this.state.place.kind === 'gps' || this.state.place.kind === 'pick')
      ? this.state.place : null;
    if (hash === location.hash && !push) return;
    this.lastHash = hash;
    const opened = push ? this.state.sel >= 0 : !!(history.state && history.state.opened && this.state.sel >= 0);
    try {
      if (push) history.pushState({place, opened}, '', hash);
      else history.replaceState({place, opened}, '', hash);
    } catch (e) {
      location.replace(hash);
    }
  }

  // --- texts ---------------------------------------------------------------------------------
  t(key, values) {
    return t(this.state.lang, key, values);
  }

  fieldLabel(key) {
    const label = Data.label(this.data.labels.fields[key], this.state.lang);
    return label ? label.text : key;
  }

  choiceLabel(code) {
    const label = Data.label(this.data.labels.choices[code], this.state.lang);
    return label ? label.text : code;
  }

  vocabLabel(entry) {
    if (!entry) return null;
    return Data.label(entry.label, this.state.lang) || {text: entry.acronym || entry.code, lang: 'fr'};
  }

  /** A piece of data text, marked when it is in another language than the page. */
  textNode(value, tag) {
    if (!value) return null;
    const el = h(tag || 'span', {dir: 'auto'}, value.text);
    if (value.lang === this.state.lang) return el;
    // Its own language (screen readers pronounce it right), isolated from the page's
    // direction; the details say once that some of it is in another language.
    el.setAttribute('lang', value.lang);
    el.classList.add('fallback');
    if (this.fallbacks) this.fallbacks.add(value.lang);
    return el;
  }

  title() {
    return this.meta.title || this.t('app_title');
  }

  setLanguage(lang, write = true) {
    const s = this.state;
    s.lang = lang;
    const root = document.documentElement;
    root.lang = lang;
    root.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = this.t(el.dataset.t);
    for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', this.t(el.dataset.tAria));
    for (const el of document.querySelectorAll('[data-t-title]')) el.title = this.t(el.dataset.tTitle);
    for (const el of document.querySelectorAll('[data-t-ph]')) el.placeholder = this.t(el.dataset.tPh);
    for (const el of document.querySelectorAll('[data-l]')) el.textContent = this.fieldLabel(el.dataset.l);
    $('title').textContent = this.title();
    document.title = this.title();
    const nav = clear($('langs'));
    for (const l of this.languages) {
      nav.appendChild(h('button', {
        type: 'button', lang: l, 'aria-pressed': l === lang ? 'true' : 'false', onclick: () => this.changeLanguage(l),
      }, NATIVE[l]));
    }
    this.fillFilters();
    this.fillAttribution();
    this.fillAbout();
    if (this.lines) this.lines.redraw();
    if (write) this.writeHash();
  }

  changeLanguage(lang) {
    if (lang === this.state.lang) return;
    this.setLanguage(lang);
    const button = $('langs').querySelector('button[lang="' + lang + '"]');
    if (button) button.focus();
    this.update({keepView: true, keepPage: true});
    if (this.state.sel >= 0) this.showDetails(this.state.sel, false);
  }

  // --- filters -------------------------------------------------------------------------------
  options(select, entries, allKey, selected, present, labelOf) {
    clear(select);
    select.appendChild(h('option', {value: '-1'}, this.t(allKey)));
    entries.forEach((entry, i) => {
      if (present && !present.has(i)) return;
      const label = labelOf ? labelOf(entry) : this.vocabLabel(entry);
      const option = h('option', {value: String(i)}, label.text);
      if (label.lang !== this.state.lang) option.setAttribute('lang', label.lang);
      if (i === selected) option.selected = true;
      select.appendChild(option);
    });
    select.value = String(selected);
    if (select.value === '') select.value = '-1';
  }

  fillFilters() {
    const s = this.state;
    const v = this.data.vocab;
    const box = $('f-inst');
    while (box.children.length > 1) box.removeChild(box.lastChild);
    v.institution.forEach((entry, i) => {
      if (!this.present.institution.has(i)) return;
      const id = 'f-inst-' + i;
      // As on the plugin's maps: the acronym, or the Arabic name in Arabic.
      const label = s.lang === 'ar' && entry.label.ar ? entry.label.ar : entry.acronym;
      const input = h('input', {type: 'checkbox', id, value: String(i)});
      input.checked = !s.inst || s.inst.has(i);
      input.addEventListener('change', () => this.onInstitution());
      box.appendChild(h('p', {class: 'inst'}, input, h('label', {for: id}, this.icon(i), h('span', {dir: 'auto'}, label))));
    });
    this.options($('f-cat'), v.category, 'all_categories', s.cat, this.present.category);
    this.options($('f-reg'), v.region, 'all_regions', s.reg, this.present.region);
    this.fillProvinces();
    const eligible = new Set(v.eligibility.map((e, i) => i).filter((i) => i !== this.anyEligibility));
    this.options($('f-elig'), v.eligibility, 'all_eligibility', s.elig, eligible);
    $('f-open').checked = s.open;
    $('q').value = s.q;
    $('inview').checked = s.inview;
    $('tiles-wrap').hidden = !this.meta.basemap;
    $('tiles').checked = s.tiles;
    if (this.filtersActive() && this.wide()) $('filters').open = true;
  }

  fillProvinces() {
    const s = this.state;
    const v = this.data.vocab;
    const present = new Set([...this.present.province].filter((i) => i >= 0 && (s.reg < 0 || v.province[i].region === s.reg)));
    if (s.prov >= 0 && !present.has(s.prov)) s.prov = -1;
    this.options($('f-prov'), v.province, 'all_provinces', s.prov, present);
  }

  filtersActive() {
    const s = this.state;
    return !!(s.inst || s.cat >= 0 || s.reg >= 0 || s.prov >= 0 || s.elig >= 0 || s.open);
  }

  onInstitution() {
    const chosen = new Set();
    let all = true;
    for (const input of $('f-inst').querySelectorAll('input')) {
      if (input.checked) chosen.add(+input.value);
      else all = false;
    }
    this.state.inst = all ? null : chosen;
    this.changed();
  }

  bindControls() {
    const s = this.state;
    const search = debounce(() => {
      s.q = $('q').value.slice(0, 200);
      this.far = false;
      this.suggest();
      this.changed();
    }, 150);
    $('q').addEventListener('input', search);
    $('find').addEventListener('submit', (e) => {
      e.preventDefault();
      s.q = $('q').value.slice(0, 200);
      this.changed();
    });
    const select = (id, key, then) => $(id).addEventListener('change', () => {
      s[key] = +$(id).value;
      if (then) then();
      this.changed();
    });
    select('f-cat', 'cat');
    select('f-reg', 'reg', () => this.fillProvinces());
    select('f-prov', 'prov');
    select('f-elig', 'elig');
    $('f-open').addEventListener('change', () => {
      s.open = $('f-open').checked;
      this.changed();
    });
    $('reset').addEventListener('click', () => {
      Object.assign(s, {inst: null, cat: -1, reg: -1, prov: -1, elig: -1, open: false, q: ''});
      this.fillFilters();
      this.changed();
    });
    $('sort').addEventListener('change', () => {
      s.sort = $('sort').value === 'name' ? 'name' : null;
      this.changed();
    });
    $('inview').addEventListener('change', () => {
      s.inview = $('inview').checked;
      this.changed();
    });
    $('near-me').addEventListener('click', () => this.locate());
    $('near-pick').addEventListener('click', () => this.pick());
    $('share').addEventListener('click', () => this.share());
    $('far').addEventListener('click', () => {
      this.far = true;
      this.changed();
    });
    $('near-clear').addEventListener('click', () => {
      s.place = null;
      s.sort = null;
      this.message('');
      this.fillFilters();
      this.changed();
    });
    $('more').addEventListener('click', () => {
      const first = s.shown;
      s.shown += PAGE;
      this.renderList();
      const item = $('results').children[first];
      if (item) item.querySelector('button').focus();
    });
    $('results').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-i]');
      if (button) this.openPoint(+button.dataset.i, 'list');
    });
    $('here-clear').addEventListener('click', () => {
      s.here = null;
      this.changed();
    });
    $('print').addEventListener('click', () => window.print());
    $('view-list').addEventListener('click', () => this.setView('list'));
    $('view-map').addEventListener('click', () => this.setView('map', true));
    $('zoom-in').addEventListener('click', () => this.map.zoomIn());
    $('zoom-out').addEventListener('click', () => this.map.zoomOut());
    $('fit').addEventListener('click', () => this.fit());
    $('tiles').addEventListener('change', () => {
      s.tiles = $('tiles').checked;
      this.applyTiles();
      this.fillAttribution();
      this.writeHash();
    });
  }

  /** Places that start like the last words typed, to choose from. */
  suggest() {
    const box = clear($('suggest'));
    const raw = $('q').value.trim().split(/\s+/).filter(Boolean);
    const lang = this.state.lang;
    let found = [];
    let before = [];
    if (!parseQuery(raw.join(' '), this.places).place || words(raw[raw.length - 1] || '').join('').length < 5) {
      for (const n of [2, 1]) {
        if (raw.length < n) continue;
        found = this.places.suggest(raw.slice(-n).join(' '));
        before = raw.slice(0, -n);
        if (found.length) break;
      }
    }
    for (const place of found) {
      const name = Data.label(place.label, lang) || {text: '', lang};
      const where = place.kind === 'town' && place.region ? this.vocabLabel(this.data.vocab.region[this.position.region.get(place.region)]) : null;
      const text = [...before, name.text].join(' ');
      if (words(text).join(' ') === words($('q').value).join(' ')) continue;
      box.appendChild(h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => {
        $('q').value = text;
        this.state.q = text;
        this.far = false;
        clear(box);
        this.changed();
        this.showNearest();
        $('q').focus();
      }}, h('span', {lang: name.lang, dir: 'auto'}, name.text), where ? h('span', {class: 'sub'}, ' · ', this.textNode(where)) : null)));
    }
    box.hidden = !box.firstChild;
  }

  changed() {
    this.state.shown = PAGE;
    this.update();
  }

  // --- finding -------------------------------------------------------------------------------
  /** The place the search box names, else the one chosen (town link, position, map). */
  reference() {
    return this.queryPlace || this.state.place;
  }

  compute() {
    const d = this.data;
    const s = this.state;
    const order = d.order(s.lang);
    const out = this.matches.indexes;
    const parsed = parseQuery(s.q, this.places);
    this.queryPlace = parsed.place;
    const tokens = parsed.tokens.map((t) => alternatives(t, t.length >= 5 ? d.dictionary() : null));
    let inst = null;
    if (s.inst) {
      inst = new Uint8Array(d.vocab.institution.length);
      for (const i of s.inst) inst[i] = 1;
    }
    let openHours = null;
    if (s.open) {
      const now = moroccoNow();
      openHours = d.vocab.hours.map((hours) => isOpen(hours.week, now));
    }
    const sets = d.vocab.sets;
    const eligOk = s.elig >= 0
      ? sets.map((set) => set.indexOf(s.elig) >= 0 || (this.anyEligibility >= 0 && set.indexOf(this.anyEligibility) >= 0))
      : null;
    const rank = this.rank || (this.rank = new Uint8Array(d.n));
    const hay = tokens.length ? d.buildHaystacks() : null;
    let m = filterPoints(d, {inst, reg: s.reg, prov: s.prov, openHours, cat: s.cat, eligOk, tokens, hay, rank}, order, out);
    if (tokens.length) sortByRank(out, m, rank);
    this.distance = null;
    const place = this.reference();
    if (place) {
      const dist = this.distance = distances(d, out, m, place);
      if (s.sort !== 'name') {
        sortByDistance(out, m, dist);
        if (!this.far && place.kind !== 'gps' && place.kind !== 'pick' && place.kind !== 'shared') {
          const kind = place.kind;
          const code = kind === 'town' ? null : this.position[kind].get(place.code);
          const column = kind === 'province' ? d.province : d.region;
          this.allNear = m;
          m = nearLimit(out, m, dist, place, code === undefined || code === null ? null : (i) => column[i] === code);
        }
      }
    }
    this.matches.count = m;
  }

  /** The list: the matches, within the map's view or a clicked place when asked. */
  computeList() {
    const s = this.state;
    const d = this.data;
    const src = this.matches;
    const out = this.listed.indexes;
    let m = 0;
    if (s.here) {
      const here = new Set(s.here);
      for (let k = 0; k < src.count; k++) if (here.has(src.indexes[k])) out[m++] = src.indexes[k];
    } else if (s.inview && this.map) {
      const b = this.map.getBounds();
      const south = b.getSouth(); const north = b.getNorth(); const west = b.getWest(); const east = b.getEast();
      for (let k = 0; k < src.count; k++) {
        const i = src.indexes[k];
        if (d.lat[i] >= south && d.lat[i] <= north && d.lon[i] >= west && d.lon[i] <= east) out[m++] = i;
      }
    } else {
      out.set(src.indexes.subarray(0, src.count));
      m = src.count;
    }
    this.listed.count = m;
  }

  visible() {
    return this.matches;
  }

  update(options = {}) {
    const started = performance.now();
    this.compute();
    this.computeList();
    this.renderList();
    if (this.points) this.points.redraw();
    this.showReference();
    this.writeHash();
    window.amudduStats.lastUpdateMs = performance.now() - started;
  }

  // --- the list ------------------------------------------------------------------------------
  icon(instIndex) {
    const entry = this.data.vocab.institution[instIndex];
    const dot = h('span', {class: 'ico', 'aria-hidden': 'true'});
    if (!entry) return dot;
    dot.style.backgroundColor = entry.colour;
    if (entry.icon && ICON.test(entry.icon)) dot.appendChild(h('img', {src: 'icons/' + entry.icon, alt: ''}));
    else dot.appendChild(h('span', {text: (entry.acronym || entry.code).slice(0, 1)}));
    return dot;
  }

  distanceText(i) {
    if (!this.distance) return '';
    return this.kmText(this.distance[i]);
  }

  kmText(km) {
    return km < 1 ? this.t('m', {n: Math.round(km * 100) * 10}) : this.t('km', {n: number(this.state.lang, km, km < 10 ? 1 : 0)});
  }

  statusBadges(i) {
    return details.statusBadges(this, i);
  }

  item(i) {
    const d = this.data;
    const s = this.state;
    const name = d.text(d.name, i, s.lang) || {text: '—', lang: s.lang};
    const inst = d.vocab.institution[d.inst[i]];
    const type = this.vocabLabel(d.vocab.facility_type[d.type[i]]);
    const town = d.town[i] >= 0 ? Data.label(d.vocab.town[d.town[i]], s.lang) : null;
    const meta = [inst ? inst.acronym : '', type ? type.text : '', town ? town.text : ''].filter(Boolean).join(' · ');
    const address = d.text(d.address, i, s.lang);
    const phone = d.phone[i];
    const distance = this.distanceText(i);
    return h('li', {class: d.status[i] > 0 ? 'item tc' : 'item'},
      h('button', {type: 'button', 'data-i': String(i), 'aria-current': s.sel === i ? 'true' : null},
        this.icon(d.inst[i]),
        h('span', {class: 'body'},
          this.textNode(name, 'strong'),
          h('span', {class: 'meta', dir: 'auto'}, meta),
          h('span', {class: 'badges'}, this.statusBadges(i), distance ? h('span', {class: 'dist'}, distance) : null),
          address ? h('span', {class: 'print-only', dir: 'auto'}, address.text) : null,
          phone ? h('span', {class: 'print-only', dir: 'ltr'}, phone) : null)));
  }

  renderList(limit) {
    const s = this.state;
    const list = clear($('results'));
    const {indexes, count} = this.listed;
    const shown = Math.min(count, limit || s.shown);
    const fragment = document.createDocumentFragment();
    for (let k = 0; k < shown; k++) fragment.appendChild(this.item(indexes[k]));
    list.appendChild(fragment);
    if (!count) list.appendChild(h('li', {class: 'empty'}, this.t('no_results')));
    const more = $('more');
    more.hidden = shown >= count;
    more.textContent = this.t('show_more', {n: Math.min(PAGE, count - shown)});
    const total = this.data.n;
    const countEl = $('count');
    countEl.textContent = count === total ? this.t('count', {n: count})
      : this.t('count', {n: count}) + ' (' + this.t('count_of', {n: count, total}) + ')';
    countEl.dataset.count = String(count);
    $('here').hidden = !s.here;
    if (s.here) $('here-text').textContent = this.t('here', {n: s.here.length});
  }

  // --- details -------------------------------------------------------------------------------
  openPoint(i, from) {
    if (i < 0) return;
    // A new history entry first (Back returns to the list as it was), then the rest.
    const first = this.state.sel < 0;
    this.state.sel = i;
    if (from === 'map' && !this.wide()) {
      this.state.view = 'list';
      document.body.dataset.view = 'list';
    }
    this.writeHash(first);
    this.showDetails(i, true);
    if (this.points) this.points.redraw();
    if (from === 'list' && this.map) {
      this.map.setView([this.data.lat[i], this.data.lon[i]], Math.max(this.map.getZoom(), 14));
    }
    if (from === 'map' && !this.wide()) this.setView('list');
  }

  /** The details' Back button and Escape: back where the user was (the history entry
   * the opening pushed, when there is one). */
  closeDetails() {
    if (history.state && history.state.opened) history.back();
    else this.hideDetails(true);
  }

  showDetails(i, focus) {
    const box = $('details');
    clear(box);
    this.fallbacks = new Set();
    this.fillDetails(box, i);
    const others = [...this.fallbacks];
    this.fallbacks = null;
    if (others.length) {
      const names = others.map((l) => this.t('lang_' + l)).join(this.t('list_sep'));
      box.insertBefore(h('p', {class: 'fb'}, this.t('some_in', {l: names})), box.children[2] || null);
    }
    box.hidden = false;
    document.body.classList.add('has-details');
    if (focus) $('d-name').focus();
  }

  hideDetails(focus, was) {
    const previous = was === undefined ? this.state.sel : was;
    this.state.sel = -1;
    $('details').hidden = true;
    document.body.classList.remove('has-details');
    if (this.points) this.points.redraw();
    this.writeHash();
    if (focus) {
      const button = $('results').querySelector('button[data-i="' + previous + '"]');
      (button || $('results')).focus();
    }
  }

  fillDetails(box, i) {
    return details.fillDetails(this, box, i);
  }

  service(q, i) {
    return details.service(this, q, i);
  }

  codeLabels(set, kind) {
    return details.codeLabels(this, set, kind);
  }

  date(iso) {
    const parts = iso.split('-').map(Number);
    try {
      return new Intl.DateTimeFormat(LOCALES[this.state.lang], {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
        .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
    } catch (e) {
      return iso;
    }
  }

  showOnMap(i) {
    this.setView('map');
    this.map.setView([this.data.lat[i], this.data.lon[i]], Math.max(this.map.getZoom(), 15));
    $('map').focus();
  }

  // --- the map -------------------------------------------------------------------------------
  buildMap() {
    return mapView.buildMap(this);
  }

  fitData() {
    return mapView.fitData(this);
  }

  fit() {
    return mapView.fit(this);
  }

  applyTiles() {
    return mapView.applyTiles(this);
  }

  pointButton(i, selected) {
    return mapView.pointButton(this, i, selected);
  }

  clusterButton(c) {
    return mapView.clusterButton(this, c);
  }

  openCluster(c) {
    return mapView.openCluster(this, c);
  }

  // --- near me -------------------------------------------------------------------------------
  message(text) {
    return place.message(this, text);
  }

  locate() {
    return place.locate(this);
  }

  /** No position: say so where the user is, and offer the place box and the map. */
  locateFailed() {
    return place.locateFailed(this);
  }

  pick() {
    return place.pick(this);
  }

  setPlace(lat, lon, kind) {
    return place.setPlace(this, lat, lon, kind);
  }

  /** After a place is chosen: the sorted list, its first result in view (on a phone too). */
  showNearest() {
    return place.showNearest(this);
  }

  /** The reference point in words, the sort it implies, and what can be done with it. */
  showReference() {
    return place.showReference(this);
  }

  /** The position, rounded to about 1 km, put in the URL to be shared (the user asked). */
  share() {
    return place.share(this);
  }

  // --- views, attribution ---------------------------------------------------------------------
  wide() {
    return !!(window.matchMedia && window.matchMedia(WIDE).matches);
  }

  setView(view, push) {
    const changed = this.state.view !== view;
    this.state.view = view;
    document.body.dataset.view = view;
    $('view-list').setAttribute('aria-pressed', view === 'list' ? 'true' : 'false');
    $('view-map').setAttribute('aria-pressed', view === 'map' ? 'true' : 'false');
    if (this.map) {
      this.map.invalidateSize();
      if (this.pendingFit) this.fitData();
    }
    this.writeHash(push && changed && !this.wide());
  }

  fillAttribution() {
    const box = clear($('attribution'));
    const leaflet = h('a', {href: 'https://leafletjs.com', rel: 'noopener noreferrer', target: '_blank'}, this.t('leaflet'));
    add(box, [leaflet, ' | © ', this.t('ref_credit')]);
    const basemap = this.meta.basemap;
    if (basemap && basemap.attribution && this.state.tiles) {
      box.appendChild(document.createTextNode(' | '));
      for (const [text, url] of basemap.attribution) {
        box.appendChild(url && safeUrl(url) ? h('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, text) : document.createTextNode(text));
      }
    }
  }

  fillAbout() {
    const box = clear($('about'));
    const licences = h('a', {}, 'LICENSES.txt');
    licences.setAttribute('href', 'LICENSES.txt');
    add(box, [
      h('p', {}, this.t('credits_points')),
      h('p', {}, this.t('credits_reference'), ' ', h('span', {lang: 'fr', dir: 'ltr'}, this.meta.sources || this.t('ref_credit'))),
      h('p', {}, this.t('credits_software'), ' ', licences),
      h('p', {}, this.t('generated', {d: this.date(String(this.meta.generated).slice(0, 10))})),
    ]);
  }
}

function boot() {
  window.amudduStats = {started: performance.now()};
  let app;
  try {
    const data = new Data(readJson('amuddu-data'));
    const basemap = new Basemap(readJson('amuddu-basemap'));
    app = new App(data, basemap);
  } catch (err) {
    const lang = document.documentElement.lang;
    document.getElementById('results').appendChild(h('li', {class: 'empty'}, t(has(lang) ? lang : 'fr', 'data_error')));
    window.amudduError = String(err && err.message);
    document.body.setAttribute('data-ready', '');
    return;
  }
  app.start();
  document.body.setAttribute('data-ready', '');
  window.amudduStats.readyMs = performance.now();
  window.amudduReady = true;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
