// The service points on the map: clustered on a pixel grid of the current view (fast
// enough to redraw 100,000 points on every filter change), shown as buttons in a pane.
import {Layer} from 'leaflet/src/layer/Layer';
import * as DomUtil from 'leaflet/src/dom/DomUtil';
import {mercatorX, mercatorY} from './data.js';
import {world} from './map.js';

const CELL = 56; // cluster grid, in screen pixels

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
