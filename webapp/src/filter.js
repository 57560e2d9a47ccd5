// Which services the list and the map show, and in what order: pure functions over the
// data's columns (no DOM), tested with `node --test` (webapp/test/).
import {haversine} from './geo.js';
import {matchRank} from './search.js';

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
