// node --test: which points the list shows, and in what order (make test-webapp).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  MIN_NEAR, NEAR_KM, criteria, distances, filterPoints, findMatches, listedPoints, nearLimit, sortByDistance, sortByRank,
} from '../src/filter.js';
import {haversine} from '../src/geo.js';
import {Places, alternatives, haystack} from '../src/search.js';

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

// --- the state's matches (findMatches, criteria, listedPoints) ------------------------------
const vocab = {
  institution: [{code: 'ANAPEC'}, {code: 'OFPPT'}],
  hours: [{week: [[480, 960], [], [], [], [], [], []]}, {week: null}],
  eligibility: [{code: 'A'}, {code: 'ANY'}, {code: 'B'}],
  sets: [[0], [1], [2], [0, 2]],
};
const dict = ['anapec', 'berkane', 'nador', 'oujda', 'ofppt', 'formation', 'professionnelle', 'rabat'];
const full = {...d, vocab, order: () => order, dictionary: () => dict, buildHaystacks: () => hay};
const state = (more) => ({lang: 'fr', q: '', inst: null, cat: -1, reg: -1, prov: -1, elig: -1, open: false,
  place: null, sort: null, ...more});
const oujdaPlaces = new Places({
  scale: 100, slug: ['oujda'], fr: ['Oujda'], ar: [''], alt: [''], population: [1], region: ['02'],
  province: ['02.411'], x: [-191], y: [3468],
}, {region: [], province: []});
const find = (s, more) => {
  const out = new Int32Array(full.n);
  const found = findMatches(full, s, {places: oujdaPlaces, positions: {}, any: -1, rank: new Uint8Array(full.n), ...more}, out);
  return {...found, list: [...out.subarray(0, found.count)]};
};

test('criteria: the institutions kept, hours open now, eligibility accepting "anyone"', () => {
  const c = criteria(full, state({inst: new Set([1]), open: true, elig: 0, reg: 2, prov: 3, cat: 4}), 1, {day: 0, minute: 600});
  assert.deepEqual([...c.inst], [0, 1]);
  assert.deepEqual(c.openHours, [true, false]);
  assert.deepEqual(c.eligOk, [true, true, false, true]);
  assert.deepEqual([c.reg, c.prov, c.cat], [2, 3, 4]);
  assert.deepEqual(criteria(full, state({open: true}), -1, {day: 0, minute: 1000}).openHours, [false, false]);
  assert.deepEqual(criteria(full, state({elig: 2}), -1, null).eligOk, [false, false, true, true]);
  const none = criteria(full, state(), 1, null);
  assert.deepEqual([none.inst, none.openHours, none.eligOk], [null, null, null]);
});

test('findMatches without words or place: all, in the language order', () => {
  const found = find(state());
  assert.deepEqual(found.list, [0, 1, 2, 3]);
  assert.deepEqual([found.place, found.distance, found.allNear], [null, null, undefined]);
  assert.deepEqual(find(state({inst: new Set([1])})).list, [1, 2]);
  assert.deepEqual(find(state({reg: 0})).list, [0, 1, 3]);
});

test('findMatches: a town in the search box sorts by distance from it', () => {
  const found = find(state({q: 'anapec oujda'}));
  assert.equal(found.place.slug, 'oujda');
  assert.deepEqual(found.list, [0, 3]); // Berkane (about 45 km), then Nador
  assert.ok(found.distance[0] < found.distance[3]);
  assert.equal(found.allNear, 2);
  // Sorted by name: the distances are known, the order and the count stay.
  const byName = find(state({q: 'oujda', sort: 'name'}));
  assert.deepEqual(byName.list, [0, 1, 2, 3]);
  assert.ok(byName.distance[2] > 300);
  assert.equal(byName.allNear, undefined);
  // The search box's place comes before the chosen one.
  const rabat = {kind: 'gps', lat: 34.02, lon: -6.84};
  assert.deepEqual(find(state({q: 'oujda', place: rabat})).list, [1, 0, 3, 2]);
  assert.deepEqual(find(state({place: rabat})).list, [2, 3, 0, 1]); // Rabat, Nador, Berkane, Oujda
});

test('findMatches: a typo ranks after exact and prefix matches', () => {
  const found = find(state({q: 'nadore'}));
  assert.deepEqual(found.list, [3]);
  assert.equal(find(state({q: 'fes'})).count, 0);
});

test('findMatches: around a town, only the near ones (and at least MIN_NEAR) unless asked', () => {
  // Eight points north of Oujda, about 11 km apart.
  const line = Array.from({length: 8}, (x, k) => ({inst: 0, reg: k < 3 || k === 7 ? 0 : 1, lat: 34.68 + k / 10, lon: -1.91}));
  const ld = {...data(line), vocab, order: () => Int32Array.from([7, 6, 5, 4, 3, 2, 1, 0]),
    dictionary: () => [], buildHaystacks: () => []};
  const run = (s, more) => {
    const out = new Int32Array(8);
    const found = findMatches(ld, s, {places: oujdaPlaces, positions: {region: new Map([['02', 0]])}, any: -1,
      rank: new Uint8Array(8), ...more}, out);
    return {...found, list: [...out.subarray(0, found.count)]};
  };
  const town = run(state({q: 'oujda'}));
  assert.equal(NEAR_KM < 33 && MIN_NEAR === 5, true);
  assert.deepEqual(town.list, [0, 1, 2, 3, 4]);
  assert.equal(town.allNear, 8);
  assert.deepEqual(run(state({q: 'oujda'}), {far: true}).list, [0, 1, 2, 3, 4, 5, 6, 7]);
  // A region: its own points, and the MIN_NEAR nearest of the others.
  const region = {kind: 'region', code: '02', lat: 34.68, lon: -1.91};
  assert.deepEqual(run(state({place: region})).list, [0, 1, 2, 3, 4, 7]);
  // A position of one's own (or shared) is never limited.
  for (const kind of ['gps', 'pick', 'shared']) {
    const found = run(state({place: {kind, lat: 34.68, lon: -1.91}}));
    assert.equal(found.count, 8, kind);
    assert.equal(found.allNear, undefined, kind);
  }
});

test('findMatches: open now leaves out unknown hours and temporarily closed points', () => {
  const hours = Int32Array.from([0, 1, -1, 0]);
  const s = state({open: true});
  const base = {...full, hours};
  const run = (dd) => {
    const out = new Int32Array(4);
    return [...out.subarray(0, findMatches(dd, s, {places: null, positions: {}, any: -1, rank: new Uint8Array(4),
      now: {day: 0, minute: 600}}, out).count)];
  };
  assert.deepEqual(run(base), [0, 3]);
  assert.deepEqual(run({...base, status: Int8Array.from([1, 0, 0, 0])}), [3]);
});

test('listedPoints: a cluster\'s points, else those in the view, else all', () => {
  const src = {indexes: Int32Array.from([3, 1, 0, 2]), count: 3};
  const out = new Int32Array(4);
  assert.equal(listedPoints(d, src, null, null, out), 3);
  assert.deepEqual([...out.subarray(0, 3)], [3, 1, 0]);
  assert.equal(listedPoints(d, src, [0, 2, 3], null, out), 2);
  assert.deepEqual([...out.subarray(0, 2)], [3, 0]); // in the matches' order; 2 is not a match
  const east = {south: 34, north: 36, west: -3, east: -1};
  assert.equal(listedPoints(d, src, null, east, out), 3);
  assert.equal(listedPoints(d, src, null, {...east, west: -2}, out), 1);
  assert.equal(out[0], 1);
  assert.equal(listedPoints(d, src, [2], east, out), 0); // the cluster wins over the view
});
