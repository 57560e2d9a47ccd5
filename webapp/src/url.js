// The page's state in the URL's fragment (definitions/urls.py is the contract): read with
// every value checked (a code the data knows, a finite number in range), written without
// any precise position. Pure functions, tested with `node --test` (webapp/test/).
import {bounded, rounded} from './geo.js';

export const MIN_ZOOM = 4;
export const MAX_ZOOM = 18;

/**
 * The state that `hash` describes. `ctx`: {languages, positions: {institution, category,
 * region, province, eligibility: Map(code -> index)}, indexOfId(id), places (search.js
 * Places), tiles (a tile basemap exists)}.
 */
export function readHash(hash, ctx) {
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const code = (key, kind) => {
    const value = p.get(key);
    const found = value == null ? undefined : ctx.positions[kind].get(value);
    return found === undefined ? -1 : found;
  };
  const lang = p.get('lang');
  const inst = (p.get('inst') || '').split(',').map((c) => ctx.positions.institution.get(c))
    .filter((i) => i !== undefined);
  const sort = p.get('sort');
  const sel = p.get('s');
  return {
    lang: lang && ctx.languages.includes(lang) ? lang : null,
    q: (p.get('q') || '').slice(0, 200),
    inst: inst.length ? new Set(inst) : null,
    cat: code('cat', 'category'),
    reg: code('reg', 'region'),
    prov: code('prov', 'province'),
    elig: code('elig', 'eligibility'),
    open: p.get('open') === '1',
    inview: p.get('inview') === '1',
    tiles: !!ctx.tiles && p.get('tiles') !== '0',
    place: readPlace(p, ctx.places),
    sort: sort === 'distance' || sort === 'name' ? sort : null,
    sel: sel && ctx.indexOfId ? ctx.indexOfId(sel) : -1,
    view: p.get('view') === 'map' ? 'map' : 'list',
    map: readView(p.get('map')),
  };
}

function readPlace(p, places) {
  const slug = p.get('place');
  const town = slug && places ? places.bySlug.get(slug) : null;
  if (town) return town;
  const near = (p.get('near') || '').split(',');
  if (near.length !== 2) return null;
  const lat = bounded(near[0], -90, 90);
  const lon = bounded(near[1], -180, 180);
  return lat === null || lon === null ? null : {kind: 'shared', lat: +rounded(lat), lon: +rounded(lon)};
}

/** `z/lat/lon`, each finite and in range (a zoom within the map's), or null. */
export function readView(text) {
  const parts = String(text || '').split('/');
  if (parts.length !== 3) return null;
  const zoom = bounded(parts[0], 0, 30);
  const lat = bounded(parts[1], -85, 85);
  const lon = bounded(parts[2], -180, 180);
  if (zoom === null || lat === null || lon === null) return null;
  return [Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom))), lat, lon];
}

/**
 * The fragment for state `s` ({lang, q, inst, cat, ..., place, sort, sel, view}), given the
 * codes of `ctx.vocab` and the map view `view` ([zoom, lat, lon] or null). A town is written
 * by its slug; a position only when the user shared it, rounded to about 1 km; the view's
 * centre is rounded the same way.
 */
export function writeHash(s, ctx, view) {
  const v = ctx.vocab;
  const p = [];
  const put = (key, value) => p.push(key + '=' + encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/'));
  put('lang', s.lang);
  if (s.q) put('q', s.q);
  if (s.inst) put('inst', [...s.inst].map((i) => v.institution[i].code).join(','));
  if (s.cat >= 0) put('cat', v.category[s.cat].code);
  if (s.reg >= 0) put('reg', v.region[s.reg].code);
  if (s.prov >= 0) put('prov', v.province[s.prov].code);
  if (s.elig >= 0) put('elig', v.eligibility[s.elig].code);
  if (s.open) put('open', '1');
  if (s.place && s.place.kind === 'town' && s.place.slug) put('place', s.place.slug);
  else if (s.place && s.place.kind === 'shared') put('near', rounded(s.place.lat) + ',' + rounded(s.place.lon));
  if (s.sort) put('sort', s.sort);
  if (s.inview) put('inview', '1');
  if (ctx.tiles && !s.tiles) put('tiles', '0');
  if (s.sel >= 0) put('s', ctx.id(s.sel));
  if (s.view === 'map') put('view', 'map');
  if (view) put('map', view[0] + '/' + rounded(view[1]) + '/' + rounded(view[2]));
  return '#' + p.join('&');
}
