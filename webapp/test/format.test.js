// node --test: distances and dates in the page's language.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {formatDate, kmText} from '../src/format.js';

test('a distance: metres to the ten below 1 km, one decimal below 10 km', () => {
  assert.equal(kmText('fr', 0.234), '230 m');
  assert.equal(kmText('en', 0.996), '1,000 m');
  assert.equal(kmText('en', 2.345), '2.3 km');
  assert.equal(kmText('fr', 2.345), '2,3 km');
  assert.equal(kmText('en', 12.6), '13 km');
  assert.equal(kmText('en', 1234.4), '1,234 km');
  assert.equal(kmText('ar', 3), '3 كلم');
});

test('a date in words, or as it is when it is none', () => {
  assert.equal(formatDate('en', '2024-03-05'), '5 March 2024');
  assert.equal(formatDate('fr', '2024-03-05'), '5 mars 2024');
  assert.equal(formatDate('en', 'unknown'), 'unknown');
});
