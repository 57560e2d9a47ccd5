// Which services the list and the map show, and in what order: pure functions over the
// data's columns (no DOM), tested with `node --test` (webapp/test/).
import {haversine} from './geo.js';
import {isOpen} from './hours.js';
import {alternatives, matchRank, parseQuery, TYPO_MIN} from './search.js';

/** Around a town: the services within NEAR_KM, and at least the MIN_NEAR nearest. */
export const NEAR_KM = 30;
export const MIN_NEAR = 5;

/**
 * The points (in `order`) that pass the criteria, written into `out`; returns their number.
 * `c`: {inst: Uint8Array|null (institutions kept), reg, prov (-1: any), openHours (per
 * hours entry, or null), closed (status > 0 is never open), cat (-1), eligOk (per code set,
 * or null), tokens: [[alternatives...]], hay: [haystack per point], rank: Uint8Array}.
 */
export function filterPoints(d, c, order, out) {
  const {inst, region, province, hours, status, elig, svcStart, svcCat, svcElig} = d;
  const byService = c.cat >= 0 || !!c.eligOk;
  const tokens = c.tokens || [];
  let m = 0;
  for (let k = 0; k < d.n; k++) {
    const i = order[k];
    if (c.inst && !c.inst[inst[i]]) continue;
    if (c.reg >= 0 && region[i] !== c.reg) continue;
    if (c.prov >= 0 && province[i] !== c.prov) continue;
    // A temporarily closed service is not open, whatever its usual hours say.
    if (c.openHours && (status[i] > 0 || hours[i] < 0 || !c.openHours[hours[i]])) continue;
    if (byService && !offers(d, c, i, svcStart, svcCat, svcElig, elig)) continue;
    if (tokens.length) {
      const hay = c.hay[i];
      let worst = 0;
      for (const alts of tokens) {
        const r = matchRank(hay, alts);
        if (!r) {
          worst = 0;
          break;
        }
        if (r > worst) worst = r;
      }
      if (!worst) continue;
      if (c.rank) c.rank[i] = worst;
    }
    out[m++] = i;
  }
  return m;
}

function offers(d, c, i, svcStart, svcCat, svcElig, elig) {
  const first = svcStart[i];
  const last = svcStart[i + 1];
  if (first === last) return c.cat < 0 && elig[i] >= 0 && c.eligOk[elig[i]];
  for (let q = first; q < last; q++) {
    if (c.cat >= 0 && svcCat[q] !== c.cat) continue;
    const e = svcElig[q] >= 0 ? svcElig[q] : elig[i];
    if (!c.eligOk || (e >= 0 && c.eligOk[e])) return true;
  }
  return false;
}

/** Exact and prefix matches before those with a typo (stable: the order is kept otherwise). */
export function sortByRank(out, m, rank) {
  const part = Array.from(out.subarray(0, m));
  const pos = new Map(part.map((i, k) => [i, k]));
  part.sort((a, b) => rank[a] - rank[b] || pos.get(a) - pos.get(b));
  out.set(part);
}

/** The distance of every listed point from `place` (km, in a Float64Array by point). */
export function distances(d, out, m, place) {
  const dist = new Float64Array(d.n);
  for (let k = 0; k < m; k++) {
    const i = out[k];
    dist[i] = haversine(place.lat, place.lon, d.lat[i], d.lon[i]);
  }
  return dist;
}

export function sortByDistance(out, m, dist) {
  out.subarray(0, m).sort((a, b) => dist[a] - dist[b] || a - b);
}

/**
 * Around a place (points sorted by distance): a town keeps what is within NEAR_KM and at
 * least the MIN_NEAR nearest; a province or region keeps its own points and the MIN_NEAR
 * nearest. `inside(i)`: whether point i is in the province or region. Returns the new count.
 */
export function nearLimit(out, m, dist, place, inside) {
  if (place.kind === 'town' || !inside) {
    let k = 0;
    while (k < m && (k < MIN_NEAR || dist[out[k]] <= NEAR_KM)) k++;
    return k;
  }
  let kept = 0;
  for (let k = 0; k < m; k++) {
    const i = out[k];
    if (k < MIN_NEAR || inside(i)) out[kept++] = i;
  }
  return kept;
}

/**
 * What state `s` ({inst, cat, reg, prov, elig, open}) asks of `filterPoints` (the words
 * apart). `any`: the index of the "anyone" eligibility (-1: none), which every choice
 * accepts; `now`: Morocco's day and minute (hours.js moroccoNow) when `s.open`.
 */
export function criteria(d, s, any, now) {
  let inst = null;
  if (s.inst) {
    inst = new Uint8Array(d.vocab.institution.length);
    for (const i of s.inst) inst[i] = 1;
  }
  const openHours = s.open ? d.vocab.hours.map((hours) => isOpen(hours.week, now)) : null;
  const eligOk = s.elig >= 0
    ? d.vocab.sets.map((set) => set.indexOf(s.elig) >= 0 || (any >= 0 && set.indexOf(any) >= 0))
    : null;
  return {inst, reg: s.reg, prov: s.prov, openHours, cat: s.cat, eligOk};
}

/**
 * The matches of state `s`, written into `out`: in the language's order (`d.order`), the
 * best word matches first, and around a place (the one the search box names, else
 * `s.place`) the nearest first and, unless `ctx.far` or sorted by name, only those near a
 * town or in a province or region (`nearLimit`). `ctx`: {places (search.js Places),
 * positions (code -> index by kind), any, now (as for `criteria`), far, rank (a Uint8Array
 * by point, reused)}. Returns {count, place (the search box's, or null), distance (km by
 * point, or null), allNear (the count before the limit; undefined when none applies)}.
 */
export function findMatches(d, s, ctx, out) {
  const order = d.order(s.lang);
  const parsed = parseQuery(s.q, ctx.places);
  const tokens = parsed.tokens.map((w) => alternatives(w, w.length >= TYPO_MIN ? d.dictionary() : null));
  const c = criteria(d, s, ctx.any, ctx.now);
  c.tokens = tokens;
  c.hay = tokens.length ? d.buildHaystacks() : null;
  c.rank = ctx.rank;
  const found = {count: filterPoints(d, c, order, out), place: parsed.place, distance: null, allNear: undefined};
  if (tokens.length) sortByRank(out, found.count, ctx.rank);
  const place = parsed.place || s.place;
  if (place) around(d, s, ctx, out, place, found);
  return found;
}

/** `findMatches` around `place`: the distances, the order, the limit. */
function around(d, s, ctx, out, place, found) {
  const dist = found.distance = distances(d, out, found.count, place);
  if (s.sort === 'name') return;
  sortByDistance(out, found.count, dist);
  const kind = place.kind;
  if (ctx.far || kind === 'gps' || kind === 'pick' || kind === 'shared') return;
  const code = kind === 'town' ? null : ctx.positions[kind].get(place.code);
  const column = kind === 'province' ? d.province : d.region;
  found.allNear = found.count;
  found.count = nearLimit(out, found.count, dist, place, code === undefined || code === null ? null : (i) => column[i] === code);
}

/**
 * The matches (`src`: {indexes, count}) that the list shows, written into `out`: the points
 * of `here` (a cluster opened at the last zoom) when given, else those within `box`
 * ({south, north, west, east}: the map's view) when given, else all. Returns their number.
 */
export function listedPoints(d, src, here, box, out) {
  let m = 0;
  if (here) {
    const wanted = new Set(here);
    for (let k = 0; k < src.count; k++) if (wanted.has(src.indexes[k])) out[m++] = src.indexes[k];
  } else if (box) {
    const {south, north, west, east} = box;
    for (let k = 0; k < src.count; k++) {
      const i = src.indexes[k];
      if (d.lat[i] >= south && d.lat[i] <= north && d.lon[i] >= west && d.lon[i] <= east) out[m++] = i;
    }
  } else {
    out.set(src.indexes.subarray(0, src.count));
    m = src.count;
  }
  return m;
}
