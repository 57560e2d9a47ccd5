// node --test: the page's state and what follows from it without the page.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {PAGE} from '../src/consts.js';
import {
  applyRead, clearFilters, eligibilityChoices, farOffered, filtersActive, historyEntry, initialState, ownPosition,
  positions, preferredLanguage, presentValues, provinceChoices, sortShown,
} from '../src/state.js';
import {readHash} from '../src/url.js';

const vocab = {
  institution: [{code: 'ANAPEC'}, {code: 'OFPPT'}], category: [{code: 'EMP'}],
  region: [{code: '01'}, {code: '02'}],
  province: [{code: '01.1', region: 0}, {code: '02.1', region: 1}, {code: '02.2', region: 1}],
  eligibility: [{code: 'ANY'}, {code: 'REFUGEE'}, {code: 'MINOR'}],
};

test('a page without a fragment: the default language, nothing chosen, the first page', () => {
  const s = initialState({default_language: 'ar', basemap: {url: 'x'}});
  assert.equal(s.lang, 'ar');
  assert.deepEqual([s.q, s.inst, s.cat, s.reg, s.prov, s.elig, s.open, s.place, s.sort, s.sel],
    ['', null, -1, -1, -1, -1, false, null, null, -1]);
  assert.deepEqual([s.view, s.here, s.shown, s.tiles, s.inview], ['list', null, PAGE, true, false]);
  assert.equal(initialState({default_language: 'fr'}).tiles, false);
  assert.notEqual(initialState({}), initialState({})); // a new object each time
});

test('positions: code to index, for each kind the URL names', () => {
  const p = positions(vocab);
  assert.deepEqual(Object.keys(p), ['institution', 'category', 'region', 'province', 'eligibility']);
  assert.equal(p.institution.get('OFPPT'), 1);
  assert.equal(p.province.get('02.2'), 2);
  assert.equal(p.region.get('03'), undefined);
});

test('presentValues: what some point (or service) has', () => {
  const d = {
    n: 3, inst: Int16Array.from([1, 1, -1]), region: Int16Array.from([0, 0, 0]), province: Int16Array.from([2, -1, 2]),
    svcCat: Int16Array.from([4, 4, 0]),
  };
  const present = presentValues(d);
  assert.deepEqual([...present.institution], [1, -1]);
  assert.deepEqual([...present.region], [0]);
  assert.deepEqual([...present.province], [2, -1]);
  assert.deepEqual([...present.category], [4, 0]);
});

test('the preferred language: the first of the browser\'s that the map has', () => {
  assert.equal(preferredLanguage(['de-DE', 'AR-ma', 'fr'], ['fr', 'ar']), 'ar');
  assert.equal(preferredLanguage(['en-GB'], ['fr', 'ar']), undefined);
  assert.equal(preferredLanguage([''], ['fr']), undefined);
});

test('filters: which are active, the reset, the provinces and eligibility offered', () => {
  const s = initialState({default_language: 'fr'});
  assert.equal(filtersActive(s), false);
  assert.equal(filtersActive({...s, q: 'anapec', sort: 'name', inview: true}), false);
  for (const more of [{inst: new Set()}, {cat: 0}, {reg: 0}, {prov: 0}, {elig: 0}, {open: true}]) {
    assert.equal(filtersActive({...s, ...more}), true, JSON.stringify(more));
  }
  const chosen = {...s, inst: new Set([1]), cat: 0, reg: 1, prov: 2, elig: 1, open: true, q: 'x', sort: 'name', sel: 3};
  assert.equal(clearFilters(chosen), chosen);
  assert.equal(filtersActive(chosen), false);
  assert.deepEqual([chosen.q, chosen.sort, chosen.sel], ['', 'name', 3]); // the sort and the selection stay
  assert.deepEqual([...provinceChoices(new Set([-1, 0, 2]), vocab, -1)], [0, 2]);
  assert.deepEqual([...provinceChoices(new Set([-1, 0, 2]), vocab, 1)], [2]);
  assert.deepEqual([...eligibilityChoices(vocab, 0)], [1, 2]);
  assert.deepEqual([...eligibilityChoices(vocab, -1)], [0, 1, 2]);
});

test('a fragment read into the state: the history entry\'s own position when it names none', () => {
  const ctx = {languages: ['fr', 'ar'], positions: positions(vocab), places: null, tiles: false, indexOfId: () => -1};
  const gps = {kind: 'gps', lat: 34.1234, lon: -1.9876};
  const s = initialState({default_language: 'fr'});
  s.lang = 'ar';
  applyRead(s, readHash('#reg=02&q=anapec', ctx), gps);
  assert.equal(s.lang, 'ar'); // no lang= in the fragment: the one shown stays
  assert.deepEqual([s.reg, s.q, s.place], [1, 'anapec', gps]);
  applyRead(s, readHash('#lang=fr&near=34.5,-2', ctx), gps);
  assert.equal(s.lang, 'fr');
  assert.deepEqual(s.place, {kind: 'shared', lat: 34.5, lon: -2});
  assert.equal(s.reg, -1);
  assert.equal(applyRead(s, readHash('', ctx), undefined).place, null);
});

test('a history entry keeps one\'s own position and whether the details pushed it', () => {
  const gps = {kind: 'gps', lat: 34.1, lon: -1.9};
  assert.deepEqual(historyEntry({place: gps, sel: 4}, true, null), {place: gps, opened: true});
  assert.deepEqual(historyEntry({place: gps, sel: -1}, true, {opened: true}), {place: gps, opened: false});
  // Replaced, the entry stays "opened" while the details are open.
  assert.deepEqual(historyEntry({place: null, sel: 4}, false, {opened: true}), {place: null, opened: true});
  assert.deepEqual(historyEntry({place: null, sel: 4}, false, {opened: false}), {place: null, opened: false});
  assert.deepEqual(historyEntry({place: null, sel: 4}, false, null), {place: null, opened: false});
  for (const kind of ['town', 'province', 'region', 'shared']) {
    assert.equal(historyEntry({place: {kind, lat: 1, lon: 2}, sel: -1}, false, null).place, null, kind);
    assert.equal(ownPosition({kind}), false, kind);
  }
  assert.equal(ownPosition({kind: 'pick'}), true);
  assert.equal(ownPosition(null), false);
});

test('the sort shown, and "farther ones too" when the list around a place was limited', () => {
  const town = {kind: 'town', lat: 34.68, lon: -1.91};
  assert.equal(sortShown({sort: null}, town), 'distance');
  assert.equal(sortShown({sort: 'distance'}, town), 'distance');
  assert.equal(sortShown({sort: 'name'}, town), 'name');
  assert.equal(sortShown({sort: null}, null), 'name');
  assert.equal(farOffered({sort: null}, town, false, 12, 5), true);
  assert.equal(farOffered({sort: null}, town, true, 12, 5), false); // asked already
  assert.equal(farOffered({sort: null}, town, false, 5, 5), false); // nothing left out
  assert.equal(farOffered({sort: null}, town, false, undefined, 5), false);
  assert.equal(farOffered({sort: 'name'}, town, false, 12, 5), false);
  assert.equal(farOffered({sort: null}, null, false, 12, 5), false);
});
