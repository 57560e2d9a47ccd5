// node --test: the search's pure functions (make test-webapp).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  Places, alternatives, haystack, matchRank, parseQuery, sameWords, suggestPlaces, withinOne, words,
} from '../src/search.js';

const gazetteer = {
  scale: 10000,
  slug: ['casablanca', 'fes', 'oujda', 'tanger', 'dakhla-1', 'dakhla-2'],
  fr: ['Casablanca', 'Fès', 'Oujda', 'Tanger', 'Dakhla', 'Dakhla'],
  ar: ['الدار البيضاء', 'فاس', 'وجدة', 'طنجة', 'الداخلة', ''],
  alt: ['Casa|كازا', 'Fez', 'Oudjda', 'Tangier|Tangiers', '', ''],
  population: [3000000, 1000000, 500000, 900000, 100000, 10],
  region: ['06', '03', '02', '01', '12', '05'],
  province: ['06.141', '03.231', '02.411', '01.511', '12.1', '05.1'],
  x: [-76000, -50000, -19100, -58000, -159000, -80000],
  y: [335900, 340300, 346800, 357600, 237000, 300000],
};
const vocab = {region: [{code: '02', label: {fr: 'L\'Oriental', ar: 'جهة الشرق'}}], province: []};
const places = new Places(gazetteer, vocab);

test('words fold case, accents, the Arabic article, hamza and ta marbuta', () => {
  assert.deepEqual(words('FÈS'), ['fes']);
  assert.deepEqual(words('الرباط'), ['رباط']);
  assert.deepEqual(words('أنابيك'), words('الانابيك'));
  assert.deepEqual(words('وجدة'), words('وجده'));
  assert.deepEqual(words('البيضاء'), words('البيضا'));
});

test('one typo: missing, extra, wrong or swapped letter', () => {
  for (const [a, b] of [['oujda', 'oujada'], ['oujda', 'ouda'], ['oujda', 'oujdo'], ['oujda', 'oujad']]) {
    assert.ok(withinOne(a, b), a + ' ' + b);
  }
  assert.ok(!withinOne('oujda', 'ojdaa'));
  assert.ok(!withinOne('fes', 'fesxx'));
});

test('matching is by word prefix, never inside a word', () => {
  const hay = haystack('Formation professionnelle Fès');
  assert.equal(matchRank(hay, alternatives('fes')), 1);
  assert.equal(matchRank(haystack('Formation professionnelle'), alternatives('fes')), 0);
  assert.equal(matchRank(hay, alternatives('form')), 2);
  assert.equal(matchRank(hay, alternatives('formatoin', ['formation', 'professionnelle'])), 3);
  assert.equal(matchRank(hay, alternatives('fse', ['fes'])), 0); // 3 letters: no typo allowed
});

test('a place in the query: English, everyday, Arabic and misspelt names', () => {
  const cases = [['ANAPEC Oujda', 'oujda', ['anapec']], ['formation Tanger', 'tanger', ['formation']],
    ['Tangier', 'tanger', []], ['Casa', 'casablanca', []], ['كازا', 'casablanca', []],
    ['الدار البيضاء', 'casablanca', []], ['oujada', 'oujda', []], ['fez', 'fes', []], ['وجدة', 'oujda', []]];
  for (const [text, slug, rest] of cases) {
    const found = parseQuery(text, places);
    assert.equal(found.place && found.place.slug, slug, text);
    assert.deepEqual(found.tokens, rest, text);
  }
  assert.equal(parseQuery('anapec', places).place, null);
  assert.equal(parseQuery('Dakhla', places).place.slug, 'dakhla-1'); // the most populous
  assert.equal(parseQuery('oriental', places).place, null); // a region is named in full
  assert.equal(parseQuery("l'oriental", places).place.kind, 'region');
});

test('suggestions: places whose name starts with what is typed', () => {
  assert.deepEqual(places.suggest('tang').map((p) => p.slug), ['tanger']);
  assert.deepEqual(places.suggest('ca').map((p) => p.slug), ['casablanca']);
  assert.deepEqual(places.suggest('x'), []);
});

test('the same words for the search, however they are written', () => {
  assert.ok(sameWords('  Fès  ', 'fes'));
  assert.ok(sameWords('ANAPEC   Oujda', 'anapec oujda'));
  assert.ok(!sameWords('anapec oujda', 'anapec'));
});

test('places to suggest: like the last two words typed, else the last one', () => {
  const slugs = (typed) => {
    const {found, before} = suggestPlaces(typed, places);
    return [found.map((p) => p.slug || p.code), before];
  };
  assert.deepEqual(slugs('anapec tang'), [['tanger'], ['anapec']]);
  assert.deepEqual(slugs('formation dar al'), [[], ['formation', 'dar']]);
  assert.deepEqual(slugs('  الدار البي '), [['casablanca'], []]); // two words, one name
  assert.deepEqual(slugs('emploi l\'orie'), [['02'], ['emploi']]);
  assert.deepEqual(slugs('x'), [[], []]);
  assert.deepEqual(slugs(''), [[], []]);
  // A place already named, its last word complete: nothing to suggest.
  assert.deepEqual(slugs('anapec tanger'), [[], []]);
  // ... but a short last word may still be the start of a longer name.
  assert.deepEqual(slugs('fes'), [['fes'], []]);
});
