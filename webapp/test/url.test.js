// node --test: the URL's state is checked when read and never holds a precise position.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readHash, readView, writeHash} from '../src/url.js';

const vocab = {institution: [{code: 'ANAPEC'}], category: [], region: [{code: '02'}], province: [], eligibility: []};
const positions = {};
for (const k of Object.keys(vocab)) positions[k] = new Map(vocab[k].map((e, i) => [e.code, i]));
const places = {bySlug: new Map([['oujda', {kind: 'town', slug: 'oujda', lat: 34.68, lon: -1.91}]])};
const ctx = {languages: ['fr', 'ar', 'en'], positions, places, tiles: false, vocab, id: (i) => 'id' + i};

test('a view out of range or not finite is ignored', () => {
  for (const bad of ['5/34/-1e308', '5/NaN/3', 'Infinity/1/1', '5/95/0', '5/34/200', '1/2', '5/34/-1e3']) {
    assert.equal(readView(bad), null, bad);
  }
  assert.deepEqual(readView('25/34.5/-1.9'), [18, 34.5, -1.9]);
  assert.equal(readHash('#map=5/34/-1e308', ctx).map, null);
});

test('place=<slug> names a town; near= is rounded to 2 decimals', () => {
  const s = readHash('#lang=fr&place=oujda', ctx);
  assert.equal(s.lang, 'fr');
  assert.equal(s.place.slug, 'oujda');
  assert.equal(readHash('#place=nowhere', ctx).place, null);
  assert.deepEqual(readHash('#near=34.123456,-1.98765', ctx).place, {kind: 'shared', lat: 34.12, lon: -1.99});
  assert.equal(readHash('#near=1e308,0', ctx).place, null);
});

test('the written fragment holds no coordinate finer than 0.01', () => {
  const base = readHash('', ctx);
  const s = {...base, lang: 'ar', q: 'anapec', place: {kind: 'gps', lat: 34.123456, lon: -1.987654}};
  const hash = writeHash(s, ctx, [14, 34.123456, -1.987654]);
  assert.ok(!hash.includes('near='), hash);
  for (const number of hash.match(/-?\d+\.\d+/g) || []) assert.ok(number.split('.')[1].length <= 2, hash);
  const shared = writeHash({...s, place: {kind: 'shared', lat: 34.123456, lon: -1.987654}}, ctx, null);
  assert.ok(shared.includes('near=34.12,-1.99'), shared);
  const town = writeHash({...s, place: places.bySlug.get('oujda')}, ctx, null);
  assert.ok(town.includes('place=oujda'), town);
});
