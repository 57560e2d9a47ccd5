// The map view: building the Leaflet map, fitting it, its point and cluster buttons, and
// switching between the list and the map (on a phone, one at a time).
// Functions of the app (`app` is the App of app.js), one job per module.
import {BasemapLayer} from './basemap.js';
import {PAGE} from './consts.js';
import {$, h, wide} from './dom.js';
import {kmText} from './format.js';
import {writeState} from './history.js';
import {number} from './i18n.js';
import {fillAttribution} from './language.js';
import {renderList} from './list.js';
import {MAX_ZOOM, bounds, createMap, tileLayer} from './map.js';
import {icon} from './marks.js';
import {PointsLayer} from './points.js';
import {setPlace} from './place.js';
import {vocabLabel} from './texts.js';

export function buildMap(app) {
  const d = app.data;
  const e = app.basemap.extent;
  const toLat = (y) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  const toLon = (x) => x * 360 - 180;
  const sw = [toLat(e.maxY) - 4, toLon(e.minX) - 5];
  const ne = [toLat(e.minY) + 4, toLon(e.maxX) + 5];
  const map = app.map = createMap($('map'), {maxBounds: bounds(sw, ne), maxBoundsViscosity: 0.8});
  const host = mapHost(app);
  app.land = new BasemapLayer(app.basemap, 'land', host).addTo(map);
  app.lines = new BasemapLayer(app.basemap, 'lines', host);
  if (app.meta.basemap && app.meta.basemap.url) app.tiles = tileLayer(app.meta.basemap.url);
  app.points = new PointsLayer(host);
  const v = app.initialView;
  if (v) map.setView([v[1], v[2]], Math.min(MAX_ZOOM, Math.max(4, v[0])));
  else if (app.state.sel >= 0) map.setView([d.lat[app.state.sel], d.lon[app.state.sel]], 14);
  else fitData(app);
  app.lines.addTo(map);
  applyTiles(app);
  app.points.addTo(map);
  map.on('moveend', () => {
    if (app.state.inview) {
      app.computeList();
      renderList(app);
    }
    writeState(app);
  });
  map.on('click', (ev) => {
    if (!app.picking) return;
    app.picking = false;
    $('mapwrap').classList.remove('picking');
    setPlace(app, ev.latlng.lat, ev.latlng.lng, 'pick');
  });
}

/** What the map's layers ask of the app: the points, the selection, the place, texts. */
function mapHost(app) {
  return {
    data: app.data,
    visible: () => app.matches,
    selected: () => app.state.sel,
    place: () => app.state.place,
    tilesOn: () => app.state.tiles && !!app.tiles,
    lang: () => app.state.lang,
    distanceText: (km) => kmText(app.state.lang, km),
    regionName: (code) => {
      const entry = app.data.vocab.region[app.position.region.get(code)];
      const label = entry ? vocabLabel(app, entry) : null;
      return label ? label.text : '';
    },
    pointButton: (i, selected) => pointButton(app, i, selected),
    clusterButton: (c) => clusterButton(app, c),
    placeMarker: () => h('span', {class: 'me', role: 'img', 'aria-label': app.t('your_place')}),
    openPoint: (i, from) => app.openPoint(i, from),
    openCluster: (c) => openCluster(app, c),
  };
}

function fitData(app) {
  const size = app.map.getSize();
  // A map in a hidden view (the list view of a phone) has no size yet: fit when shown.
  app.pendingFit = !size.x || !size.y;
  if (app.pendingFit) {
    if (!app.map._loaded) app.map.setView([29, -8], 5);
    return;
  }
  const b = app.meta.bounds;
  if (b) app.map.fitBounds(bounds([b[1], b[0]], [b[3], b[2]]), {padding: [20, 20], maxZoom: 12});
  else app.map.setView([31.8, -7.1], 5);
}

function fit(app) {
  const d = app.data;
  const {indexes, count} = app.listed;
  if (!count) return;
  let s = 90; let n = -90; let w = 180; let e = -180;
  for (let k = 0; k < count; k++) {
    const i = indexes[k];
    s = Math.min(s, d.lat[i]); n = Math.max(n, d.lat[i]);
    w = Math.min(w, d.lon[i]); e = Math.max(e, d.lon[i]);
  }
  app.map.fitBounds(bounds([s, w], [n, e]), {padding: [30, 30], maxZoom: 15});
}

function applyTiles(app) {
  if (!app.tiles) return;
  if (app.state.tiles && !app.map.hasLayer(app.tiles)) app.tiles.addTo(app.map);
  if (!app.state.tiles && app.map.hasLayer(app.tiles)) app.map.removeLayer(app.tiles);
  app.lines.redraw();
}

function pointButton(app, i, selected) {
  const d = app.data;
  const name = d.text(d.name, i, app.state.lang);
  const inst = d.vocab.institution[d.inst[i]];
  const label = (name ? name.text : '') + (inst ? ' – ' + inst.acronym : '');
  const button = h('button', {
    type: 'button', class: 'pt' + (selected ? ' sel' : '') + (d.status[i] > 0 ? ' tc' : ''), 'aria-label': label,
  }, icon(app, d.inst[i]));
  return button;
}

function clusterButton(app, c) {
  const d = app.data;
  const colours = d.vocab.institution.map((e) => e.colour);
  let at = 0;
  const stops = [];
  c.shares.forEach((n, q) => {
    if (!n) return;
    const next = at + (100 * n) / c.count;
    stops.push(colours[q] + ' ' + at.toFixed(1) + '% ' + next.toFixed(1) + '%');
    at = next;
  });
  const size = c.count < 10 ? 's' : c.count < 100 ? 'm' : c.count < 1000 ? 'l' : 'xl';
  const button = h('button', {type: 'button', class: 'cl ' + size, 'aria-label': app.t('cluster', {n: c.count})},
    h('span', {}, number(app.state.lang, c.count)));
  if (stops.length) button.style.backgroundImage = 'conic-gradient(' + stops.join(', ') + ')';
  return button;
}

function openCluster(app, c) {
  const d = app.data;
  const map = app.map;
  const scale = 256 * Math.pow(2, map.getZoom());
  const radius = 60;
  const members = [];
  const {indexes, count} = app.matches;
  let s = 90; let n = -90; let w = 180; let e = -180;
  for (let k = 0; k < count; k++) {
    const i = indexes[k];
    const dx = d.mx[i] * scale - c.x;
    const dy = d.my[i] * scale - c.y;
    if (dx * dx + dy * dy > radius * radius) continue;
    members.push(i);
    s = Math.min(s, d.lat[i]); n = Math.max(n, d.lat[i]);
    w = Math.min(w, d.lon[i]); e = Math.max(e, d.lon[i]);
  }
  const tiny = n - s < 1e-5 && e - w < 1e-5;
  if (map.getZoom() >= MAX_ZOOM - 1 || tiny || !members.length) {
    app.state.here = members;
    app.state.shown = PAGE;
    app.computeList();
    renderList(app);
    if (!wide()) setView(app, 'list');
    $('results').focus();
    return;
  }
  const target = Math.min(MAX_ZOOM, Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds([s, w], [n, e]), false, [60, 60])));
  map.setView([(s + n) / 2, (w + e) / 2], target);
}

export function setView(app, view, push) {
  const changed = app.state.view !== view;
  app.state.view = view;
  document.body.dataset.view = view;
  $('view-list').setAttribute('aria-pressed', view === 'list' ? 'true' : 'false');
  $('view-map').setAttribute('aria-pressed', view === 'map' ? 'true' : 'false');
  if (app.map) {
    app.map.invalidateSize();
    if (app.pendingFit) fitData(app);
  }
  writeState(app, push && changed && !wide());
}

export function bindMap(app) {
  $('view-list').addEventListener('click', () => setView(app, 'list'));
  $('view-map').addEventListener('click', () => setView(app, 'map', true));
  $('zoom-in').addEventListener('click', () => app.map.zoomIn());
  $('zoom-out').addEventListener('click', () => app.map.zoomOut());
  $('fit').addEventListener('click', () => fit(app));
  $('tiles').addEventListener('change', () => {
    app.state.tiles = $('tiles').checked;
    applyTiles(app);
    fillAttribution(app);
    writeState(app);
  });
}
