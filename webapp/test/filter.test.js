// node --test: which points the list shows, and in what order (make test-webapp).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {MIN_NEAR, NEAR_KM, distances, filterPoints, nearLimit, sortByDistance, sortByRank} from '../src/filter.js';
import {haversine} from '../src/geo.js';
import {alternatives, haystack} from '../src/search.js';

function data(points) {
  const n = points.length;
  const col = (key, Type) => Type.from(points.map((p) => p[key] ?? -1));
  const svcStart = new Int32Array(n + 1);
  return {
    n, lat: Float64Array.from(points.map((p) => p.lat)), lon: Float64Array.from(points.map((p) => p.lon)),
    inst: col('inst', Int16Array), region: col('reg', Int16Array), province: col('prov', Int16Array),
    hours: col('hours', Int32Array), status: Int8Array.from(points.map(() => 0)), elig: col('elig', Int32Array),
    svcStart, svcCat: new Int16Array(0), svcElig: new Int32Array(0),
  };
}

const pts = [
  {name: 'ANAPEC Berkane', inst: 0, reg: 0, lat: 34.92, lon: -2.32},
  {name: 'OFPPT Oujda', inst: 1, reg: 0, lat: 34.68, lon: -1.91},
  {name: 'Formation professionnelle Rabat', inst: 1, reg: 1, lat: 34.02, lon: -6.84},
  {name: 'ANAPEC Nador', inst: 0, reg: 0, lat: 35.17, lon: -2.93},
];
const d = data(pts);
const hay = pts.map((p) => haystack(p.name));
const order = Int32Array.from([0, 1, 2, 3]);

test('filters and words together', () => {
  const out = new Int32Array(4);
  assert.equal(filterPoints(d, {reg: -1, prov: -1, cat: -1, tokens: [alternatives('anapec')], hay}, order, out), 2);
  assert.deepEqual([...out.subarray(0, 2)], [0, 3]);
  const inst = Uint8Array.from([0, 1]);
  assert.equal(filterPoints(d, {inst, reg: 0, prov: -1, cat: -1, tokens: [], hay}, order, out), 1);
  assert.equal(filterPoints(d, {reg: -1, prov: -1, cat: -1, tokens: [alternatives('fes')], hay}, order, out), 0);
});

test('exact and prefix matches come before typos', () => {
  const out = new Int32Array(4);
  const rank = new Uint8Array(4);
  const dict = ['anapec', 'berkane', 'nador', 'oujda', 'ofppt', 'formation', 'professionnelle', 'rabat'];
  const m = filterPoints(d, {reg: -1, prov: -1, cat: -1, tokens: [alternatives('nadore', dict)], hay, rank}, order, out);
  assert.equal(m, 1);
  const hay2 = hay.slice();
  hay2[0] = haystack('ANAPEC Nadorex');
  const m2 = filterPoints(d, {reg: -1, prov: -1, cat: -1, tokens: [alternatives('nador', dict)], hay: hay2, rank}, order, out);
  sortByRank(out, m2, rank);
  assert.deepEqual([...out.subarray(0, m2)], [3, 0]);
});

test('nearest first, with the distance a haversine gives', () => {
  const out = Int32Array.from([0, 1, 2, 3]);
  const oujda = {kind: 'town', lat: 34.68, lon: -1.91};
  const dist = distances(d, out, 4, oujda);
  sortByDistance(out, 4, dist);
  assert.deepEqual([...out], [1, 0, 3, 2]);
  assert.ok(Math.abs(dist[0] - haversine(34.68, -1.91, 34.92, -2.32)) < 1e-9);
  // within NEAR_KM, and at least MIN_NEAR
  assert.equal(nearLimit(out, 4, dist, oujda), Math.min(4, Math.max(MIN_NEAR, [...dist].filter((x) => x <= NEAR_KM).length)));
  const region = {kind: 'region', lat: 34.68, lon: -1.91};
  const kept = nearLimit(Int32Array.from([1, 0, 3, 2, 2, 2, 2]), 7, dist, region, (i) => pts[i].reg === 0);
  assert.equal(kept, 5);
});
