// The web map's orchestration: the state, the matches and the list computed from it, and
// the order in which the page follows a change. The page's parts are modules of their own
// (filters-ui, searchbox, list, details, mapview, place, language, history), functions of
// this App; the few actions that several of them start are its methods.
import {PAGE} from './consts.js';
import {closeDetails, hideDetails, openPoint, showDetails} from './details.js';
import {h} from './dom.js';
import {findMatches, listedPoints} from './filter.js';
import {bindFilters} from './filters-ui.js';
import {bindHistory, readState, writeState} from './history.js';
import {moroccoNow} from './hours.js';
import {has, t} from './i18n.js';
import {setLanguage} from './language.js';
import {bindList, bindPrint, renderList} from './list.js';
import {bindMap, buildMap, setView} from './mapview.js';
import {bindPlace, showReference} from './place.js';
import {Places} from './search.js';
import {bindSearch, keepTyped} from './searchbox.js';
import {initialState, positions, preferredLanguage, presentValues} from './state.js';

export class App {
  constructor(data, basemap) {
    this.data = data;
    this.basemap = basemap;
    this.meta = data.meta;
    this.languages = this.meta.languages.filter(has);
    this.state = initialState(this.meta);
    this.matches = {indexes: new Int32Array(data.n), count: 0};
    this.listed = {indexes: new Int32Array(data.n), count: 0};
    this.distance = null;
    this.picking = false;
    this.lastHash = '';
    this.anyEligibility = data.vocab.eligibility.findIndex((e) => e.code === 'ANY');
    this.position = positions(data.vocab);
    this.present = presentValues(data);
    this.places = new Places(data.raw.gazetteer, data.vocab);
    this.queryPlace = null;
    this.far = false;
    const preferred = preferredLanguage(navigator.languages || [navigator.language || ''], this.languages);
    if (preferred) this.state.lang = preferred;
    readState(this, location.hash, true);
  }

  start() {
    keepTyped(this);
    buildMap(this);
    bindSearch(this);
    bindFilters(this);
    bindPlace(this);
    bindList(this);
    bindMap(this);
    setLanguage(this, this.state.lang, false);
    this.update({keepView: true});
    if (this.state.sel >= 0) showDetails(this, this.state.sel, false);
    setView(this, this.state.view);
    bindHistory(this);
    installable();
    bindPrint(this);
    const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 200));
    idle(() => this.data.buildHaystacks());
  }

  t(key, values) {
    return t(this.state.lang, key, values);
  }

  /** A filter, the search or the place changed: the first page of the new list. */
  changed() {
    this.state.shown = PAGE;
    this.update();
  }

  update(options = {}) {
    const started = performance.now();
    this.compute();
    this.computeList();
    renderList(this);
    if (this.points) this.points.redraw();
    showReference(this);
    writeState(this);
    window.amudduStats.lastUpdateMs = performance.now() - started;
  }

  /** The place the search box names, else the one chosen (town link, position, map). */
  reference() {
    return this.queryPlace || this.state.place;
  }

  /** The matches of the state (the map shows them all). */
  compute() {
    const s = this.state;
    const found = findMatches(this.data, s, {
      places: this.places, positions: this.position, any: this.anyEligibility, far: this.far,
      now: s.open ? moroccoNow() : null, rank: this.rank || (this.rank = new Uint8Array(this.data.n)),
    }, this.matches.indexes);
    this.queryPlace = found.place;
    this.distance = found.distance;
    if (found.allNear !== undefined) this.allNear = found.allNear;
    this.matches.count = found.count;
  }

  /** The list: the matches, within the map's view or a clicked place when asked. */
  computeList() {
    const s = this.state;
    let box = null;
    if (!s.here && s.inview && this.map) {
      const b = this.map.getBounds();
      box = {south: b.getSouth(), north: b.getNorth(), west: b.getWest(), east: b.getEast()};
    }
    this.listed.count = listedPoints(this.data, this.matches, s.here, box, this.listed.indexes);
  }

  // The actions that modules start in one another (methods, so that no module imports back).
  openPoint(i, from) {
    openPoint(this, i, from);
  }

  closeDetails() {
    closeDetails(this);
  }

  showDetails(i, focus) {
    showDetails(this, i, focus);
  }

  hideDetails(focus, was) {
    hideDetails(this, focus, was);
  }

  setView(view, push) {
    setView(this, view, push);
  }

  setLanguage(lang, write) {
    setLanguage(this, lang, write);
  }
}

/** Installable and offline, when served over http(s): the manifest and the service worker. */
function installable() {
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    const link = h('link', {rel: 'manifest'});
    link.setAttribute('href', 'manifest.webmanifest');
    document.head.appendChild(link);
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
}
