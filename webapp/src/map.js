// The map: Leaflet (only the modules used), its panes for the basemap (basemap.js) and the
// service points (points.js), and the optional tile layer.
import {Map as LeafletMap} from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.TouchZoom';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Keyboard';
import {TileLayer} from 'leaflet/src/layer/tile/TileLayer';
import {LatLngBounds} from 'leaflet/src/geo/LatLngBounds';

export const MAX_ZOOM = 18;

/** The world's width in pixels at the map's zoom. */
export function world(map) {
  return 256 * Math.pow(2, map.getZoom());
}

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
