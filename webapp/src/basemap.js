// The offline basemap: our own region, province and town layers, decoded from the page's
// data and drawn on canvas (`land` under the optional tiles, borders and names over them).
import {Renderer} from 'leaflet/src/layer/vector/Renderer';
import * as DomUtil from 'leaflet/src/dom/DomUtil';
import {mercatorX, mercatorY} from './data.js';
import {haversine} from './geo.js';
import {world} from './map.js';

const LAND = '#f3f0e8';
const REGION_LINE = '#5f5f5f';
const PROVINCE_LINE = '#a59f95';

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
