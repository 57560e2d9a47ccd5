// The map: Leaflet (only the modules used), an offline basemap drawn on canvas from our own
// region, province and town layers, the optional tile layer, and the service points
// clustered on a pixel grid of the current view (fast enough to redraw 100,000 points on
// every filter change).
import {Map as LeafletMap} from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.TouchZoom';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Keyboard';
import {TileLayer} from 'leaflet/src/layer/tile/TileLayer';
import {Layer} from 'leaflet/src/layer/Layer';
import {Renderer} from 'leaflet/src/layer/vector/Renderer';
import {LatLngBounds} from 'leaflet/src/geo/LatLngBounds';
import * as DomUtil from 'leaflet/src/dom/DomUtil';
import {mercatorX, mercatorY} from './data.js';
import {haversine} from './geo.js';

export const MAX_ZOOM = 18;
const CELL = 56; // cluster grid, in screen pixels
const LAND = '#f3f0e8';
const REGION_LINE = '#5f5f5f';
const PROVINCE_LINE = '#a59f95';

function world(map) {
  return 256 * Math.pow(2, map.getZoom());
}

// --- basemap ---------------------------------------------------------------------------------
function decodeRings(rings, scale) {
  return rings.map((ring) => {
    const out = new Float64Array(ring.length);
    let x = 0;
    let y = 0;
    let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
    for (let k = 0; k < ring.length; k += 2) {
      x += ring[k];
      y += ring[k + 1];
      const mx = out[k] = mercatorX(x / scale);
      const my = out[k + 1] = mercatorY(y / scale);
      if (mx < minX) minX = mx;
      if (mx > maxX) maxX = mx;
      if (my < minY) minY = my;
      if (my > maxY) maxY = my;
    }
    return {xy: out, minX, minY, maxX, maxY};
  });
}

export class Basemap {
  constructor(raw) {
    const scale = raw.scale;
    this.regions = raw.regions.map((r) => ({
      code: r.code, rings: decodeRings(r.rings, scale),
      label: r.label ? [mercatorX(r.label[0] / scale), mercatorY(r.label[1] / scale)] : null,
    }));
    this.provinces = raw.provinces.map((p) => ({code: p.code, rings: decodeRings(p.rings, scale)}));
    const towns = raw.towns;
    this.towns = towns.x.map((x, i) => ({
      mx: mercatorX(x / scale), my: mercatorY(towns.y[i] / scale), population: towns.population[i],
      name: {fr: towns.name.fr[i], ar: towns.name.ar ? towns.name.ar[i] : ''},
    }));
    let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
    for (const r of this.regions) {
      for (const ring of r.rings) {
        minX = Math.min(minX, ring.minX); maxX = Math.max(maxX, ring.maxX);
        minY = Math.min(minY, ring.minY); maxY = Math.max(maxY, ring.maxY);
      }
    }
    this.extent = {minX, minY, maxX, maxY};
  }
}

/** A canvas layer drawing the basemap: `land` under the tiles, `lines` (borders, towns) over. */
export const BasemapLayer = Renderer.extend({
  options: {padding: 0.25},

  initialize(basemap, mode, host) {
    Renderer.prototype.initialize.call(this, {pane: mode === 'land' ? 'amuddu-land' : 'amuddu-lines'});
    this._basemap = basemap;
    this._mode = mode;
    this._host = host;
  },

  _initContainer() {
    this._container = document.createElement('canvas');
    this._container.setAttribute('aria-hidden', 'true');
    this._ctx = this._container.getContext('2d');
  },

  _destroyContainer() {
    DomUtil.remove(this._container);
  },

  _updatePaths() {},

  _update() {
    if (this._map._animatingZoom && this._bounds) return;
    Renderer.prototype._update.call(this);
    const b = this._bounds;
    const size = b.getSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = this._container;
    DomUtil.setPosition(canvas, b.min);
    canvas.width = Math.round(ratio * size.x);
    canvas.height = Math.round(ratio * size.y);
    canvas.style.width = size.x + 'px';
    canvas.style.height = size.y + 'px';
    const origin = this._map.getPixelOrigin();
    const ctx = this._ctx;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    // Screen position of mercator (mx, my): mx * scale - ox.
    this._view = {
      scale: world(this._map), ox: b.min.x + origin.x, oy: b.min.y + origin.y, w: size.x, h: size.y,
    };
    if (this._mode === 'land') this._drawLand();
    else this._drawLines();
  },

  redraw() {
    if (this._map) this._update();
  },

  _path(rings) {
    const {scale, ox, oy, w, h} = this._view;
    const ctx = this._ctx;
    for (const ring of rings) {
      if (ring.maxX * scale - ox < 0 || ring.minX * scale - ox > w
        || ring.maxY * scale - oy < 0 || ring.minY * scale - oy > h) continue;
      const xy = ring.xy;
      let px = xy[0] * scale - ox;
      let py = xy[1] * scale - oy;
      ctx.moveTo(px, py);
      for (let k = 2; k < xy.length; k += 2) {
        const x = xy[k] * scale - ox;
        const y = xy[k + 1] * scale - oy;
        if (Math.abs(x - px) + Math.abs(y - py) < 0.8 && k < xy.length - 2) continue;
        ctx.lineTo(x, y);
        px = x;
        py = y;
      }
      ctx.closePath();
    }
  },

  _drawLand() {
    const ctx = this._ctx;
    ctx.beginPath();
    for (const r of this._basemap.regions) this._path(r.rings);
    ctx.fillStyle = LAND;
    ctx.fill('evenodd');
  },

  _drawLines() {
    const ctx = this._ctx;
    const zoom = this._map.getZoom();
    const tiles = this._host.tilesOn();
    ctx.lineJoin = 'round';
    if (zoom >= 6) {
      ctx.beginPath();
      for (const p of this._basemap.provinces) this._path(p.rings);
      ctx.strokeStyle = PROVINCE_LINE;
      ctx.lineWidth = 0.8;
      ctx.setLineDash([4, 3]);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.beginPath();
    for (const r of this._basemap.regions) this._path(r.rings);
    ctx.strokeStyle = REGION_LINE;
    ctx.lineWidth = zoom >= 7 ? 1.6 : 1.1;
    ctx.stroke();
    // Town names stay readable over the tiles too (haloed); region names only without them.
    this._drawLabels(zoom, tiles);
  },

  _drawLabels(zoom, tiles) {
    const {scale, ox, oy, w, h} = this._view;
    const ctx = this._ctx;
    const lang = this._host.lang();
    const placed = [];
    const fits = (x, y, width, height) => {
      for (const b of placed) {
        if (x < b[2] && x + width > b[0] && y < b[3] && y + height > b[1]) return false;
      }
      placed.push([x, y, x + width, y + height]);
      return true;
    };
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    if (zoom <= 6 && !tiles) {
      ctx.font = 'italic 12px "DejaVu Sans", "Noto Sans Arabic", Arial, sans-serif';
      for (const r of this._basemap.regions) {
        const name = this._host.regionName(r.code);
        if (!r.label || !name) continue;
        const x = r.label[0] * scale - ox;
        const y = r.label[1] * scale - oy;
        const width = ctx.measureText(name).width;
        if (x < 0 || y < 0 || x > w || y > h || !fits(x - width / 2, y - 8, width, 16)) continue;
        this._text(name, x, y, '#6b6257');
      }
    }
    const minimum = zoom <= 5 ? 300000 : zoom === 6 ? 100000 : zoom === 7 ? 40000 : 0;
    ctx.font = '12px "DejaVu Sans", "Noto Sans Arabic", Arial, sans-serif';
    const vis = this._visible();
    let seen = false;
    for (const town of this._basemap.towns) {
      if (town.population < minimum || zoom < 5) continue;
      const x = town.mx * scale - ox;
      const y = town.my * scale - oy;
      if (x < 0 || y < 0 || x > w || y > h) continue;
      const name = (lang === 'ar' && town.name.ar) || town.name.fr;
      const width = ctx.measureText(name).width;
      if (!fits(x - width / 2 - 2, y - 20, width + 4, 14)) continue;
      ctx.beginPath();
      ctx.arc(x, y, 2.5, 0, 2 * Math.PI);
      ctx.fillStyle = '#3d3d3d';
      ctx.fill();
      this._text(name, x, y - 11, '#262626');
      if (x >= vis.x0 && x <= vis.x1 && y >= vis.y0 && y <= vis.y1) seen = true;
    }
    // Zoomed in without tiles and no town in sight: point to the nearest one, at the edge
    // of the map in its direction ("Oujda 2.4 km"), so that there is something to orient by.
    const hint = zoom >= 10 && !tiles && !seen ? this._nearestTown(vis, lang) : '';
    this._container.dataset.orientation = hint;
  },

  /** The part of the canvas (which has a margin around the map) that is on screen. */
  _visible() {
    const size = this._map.getSize();
    const topLeft = this._map.containerPointToLayerPoint([0, 0]);
    const b = this._bounds;
    const x0 = topLeft.x - b.min.x;
    const y0 = topLeft.y - b.min.y;
    return {x0, y0, x1: x0 + size.x, y1: y0 + size.y};
  },

  _nearestTown(vis, lang) {
    const {scale, ox, oy} = this._view;
    const cx = (vis.x0 + vis.x1) / 2;
    const cy = (vis.y0 + vis.y1) / 2;
    const cmx = (cx + ox) / scale;
    const cmy = (cy + oy) / scale;
    let best = null;
    let bestD = Infinity;
    for (const town of this._basemap.towns) {
      const d = (town.mx - cmx) ** 2 + (town.my - cmy) ** 2;
      if (d < bestD) { bestD = d; best = town; }
    }
    if (!best) return '';
    const lat = (m) => Math.atan(Math.sinh(Math.PI * (1 - 2 * m))) * 180 / Math.PI;
    const km = haversine(lat(cmy), cmx * 360 - 180, lat(best.my), best.mx * 360 - 180);
    const name = (lang === 'ar' && best.name.ar) || best.name.fr;
    const text = name + ' ' + this._host.distanceText(km);
    // Where the line from the centre to the town leaves the map (inset by a margin).
    const dx = best.mx * scale - ox - cx;
    const dy = best.my * scale - oy - cy;
    const halfW = (vis.x1 - vis.x0) / 2 - 70;
    const halfH = (vis.y1 - vis.y0) / 2 - 24;
    const k = Math.min(halfW / Math.max(Math.abs(dx), 1e-9), halfH / Math.max(Math.abs(dy), 1e-9));
    const arrows = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];
    const arrow = arrows[Math.round(((Math.atan2(dy, dx) + 2 * Math.PI) % (2 * Math.PI)) / (Math.PI / 4)) % 8];
    const ctx = this._ctx;
    ctx.font = 'bold 13px "DejaVu Sans", "Noto Sans Arabic", Arial, sans-serif';
    this._text(arrow + ' ' + text, cx + dx * k, cy + dy * k, '#262626');
    return text;
  },

  _text(text, x, y, colour) {
    const ctx = this._ctx;
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
  },
});

// --- service points ----------------------------------------------------------------------------
/**
 * Clusters the points `indexes[0..count)` that fall in the view on a grid of CELL pixels
 * (anchored to the world, so that clusters do not move while panning), then merges
 * neighbouring clusters whose centres are closer than half a cell.
 */
export function clusterView(data, indexes, count, scale, minX, minY, maxX, maxY, institutions) {
  const gx0 = Math.floor(minX / CELL);
  const gy0 = Math.floor(minY / CELL);
  const gw = Math.floor(maxX / CELL) - gx0 + 1;
  const gh = Math.floor(maxY / CELL) - gy0 + 1;
  const cells = gw * gh;
  const n = new Int32Array(cells);
  const sx = new Float64Array(cells);
  const sy = new Float64Array(cells);
  const first = new Int32Array(cells);
  const byInst = new Int32Array(cells * institutions);
  const mx = data.mx;
  const my = data.my;
  const inst = data.inst;
  for (let k = 0; k < count; k++) {
    const i = indexes[k];
    const x = mx[i] * scale;
    const y = my[i] * scale;
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    const c = (Math.floor(x / CELL) - gx0) + (Math.floor(y / CELL) - gy0) * gw;
    if (n[c] === 0) first[c] = i;
    n[c]++;
    sx[c] += x;
    sy[c] += y;
    if (inst[i] >= 0) byInst[c * institutions + inst[i]]++;
  }
  // Merge a cell into an earlier neighbour whose centre is close.
  const half = (CELL / 2) * (CELL / 2);
  const neighbours = [1, gw - 1, gw, gw + 1];
  for (let c = 0; c < cells; c++) {
    if (!n[c]) continue;
    const cx = sx[c] / n[c];
    const cy = sy[c] / n[c];
    for (const d of neighbours) {
      const o = c + d;
      if (o >= cells || !n[o]) continue;
      if ((d === 1 || d === gw + 1) && (o % gw) === 0) continue;
      if (d === gw - 1 && (c % gw) === 0) continue;
      const ox = sx[o] / n[o] - cx;
      const oy = sy[o] / n[o] - cy;
      if (ox * ox + oy * oy < half) {
        n[c] += n[o]; sx[c] += sx[o]; sy[c] += sy[o]; n[o] = 0;
        for (let q = 0; q < institutions; q++) byInst[c * institutions + q] += byInst[o * institutions + q];
      }
    }
  }
  const out = [];
  for (let c = 0; c < cells; c++) {
    if (!n[c]) continue;
    const shares = [];
    for (let q = 0; q < institutions; q++) shares.push(byInst[c * institutions + q]);
    out.push({count: n[c], x: sx[c] / n[c], y: sy[c] / n[c], first: first[c], shares});
  }
  return out;
}

/** The service points (clusters and single points) as buttons in a map pane. */
export const PointsLayer = Layer.extend({
  initialize(host) {
    this._host = host;
    this._clusters = [];
  },

  onAdd(map) {
    this._el = DomUtil.create('div', 'amuddu-points leaflet-zoom-hide', map.getPane('amuddu-points'));
    this._el.addEventListener('click', (e) => this._click(e));
    this.redraw();
  },

  onRemove() {
    DomUtil.remove(this._el);
  },

  getEvents() {
    return {moveend: this.redraw, viewreset: this.redraw};
  },

  clusterAt(k) {
    return this._clusters[k];
  },

  redraw() {
    if (!this._map) return;
    const map = this._map;
    const host = this._host;
    const data = host.data;
    const bounds = map.getPixelBounds();
    const pad = CELL * 2;
    const scale = world(map);
    const found = host.visible();
    const clusters = clusterView(data, found.indexes, found.count, scale, bounds.min.x - pad,
      bounds.min.y - pad, bounds.max.x + pad, bounds.max.y + pad, data.vocab.institution.length);
    this._clusters = clusters;
    const origin = map.getPixelOrigin();
    const el = this._el;
    const fragment = document.createDocumentFragment();
    const selected = host.selected();
    clusters.forEach((c, k) => {
      let button;
      if (c.count === 1) {
        if (c.first === selected) return;
        button = host.pointButton(c.first, false);
      } else {
        button = host.clusterButton(c);
      }
      button.dataset.k = String(k);
      DomUtil.setPosition(button, {x: Math.round(c.x - origin.x), y: Math.round(c.y - origin.y)});
      fragment.appendChild(button);
    });
    if (selected >= 0) {
      const button = host.pointButton(selected, true);
      button.dataset.k = 'sel';
      DomUtil.setPosition(button, {
        x: Math.round(data.mx[selected] * scale - origin.x), y: Math.round(data.my[selected] * scale - origin.y),
      });
      fragment.appendChild(button);
    }
    const place = host.place();
    if (place) {
      const me = host.placeMarker();
      DomUtil.setPosition(me, {
        x: Math.round(mercatorX(place.lon) * scale - origin.x), y: Math.round(mercatorY(place.lat) * scale - origin.y),
      });
      fragment.appendChild(me);
    }
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(fragment);
  },

  _click(e) {
    const button = e.target.closest('button');
    if (!button || !this._el.contains(button)) return;
    e.stopPropagation();
    if (this._map.dragging && this._map.dragging.moved()) return;
    const k = button.dataset.k;
    if (k === 'sel') this._host.openPoint(this._host.selected(), 'map');
    else {
      const c = this._clusters[+k];
      if (c.count === 1) this._host.openPoint(c.first, 'map');
      else this._host.openCluster(c);
    }
  },
});

export function createMap(element, options) {
  const map = new LeafletMap(element, {
    zoomControl: false,
    attributionControl: false,
    minZoom: 4,
    maxZoom: MAX_ZOOM,
    worldCopyJump: false,
    zoomSnap: 1,
    keyboard: true,
    ...options,
  });
  for (const [name, z] of [['amuddu-land', 150], ['amuddu-lines', 350], ['amuddu-points', 600]]) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(z);
  }
  return map;
}

export function tileLayer(url) {
  const layer = new TileLayer(url, {maxZoom: MAX_ZOOM, subdomains: 'abc', className: 'tiles'});
  // A tile that cannot load (offline) shows nothing rather than a broken image's frame.
  layer.on('tileerror', (e) => {
    e.tile.style.visibility = 'hidden';
  });
  return layer;
}

export function bounds(southWest, northEast) {
  return new LatLngBounds(southWest, northEast);
}
