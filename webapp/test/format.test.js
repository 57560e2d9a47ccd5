// node --test: distances and dates in the page's language.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {countText, formatDate, kmText} from '../src/format.js';

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

test('the count: of how many only when not all are listed, in the language\'s plural', () => {
  assert.equal(countText('en', 3, 3), '3 services');
  assert.equal(countText('en', 1, 3), '1 service (1 of 3)');
  assert.equal(countText('en', 1234, 2000), '1,234 services (1,234 of 2,000)');
  assert.equal(countText('ar', 2, 2), 'خدمتان');
  assert.equal(countText('ar', 0, 5), 'لا توجد أي خدمة (0 من أصل 5)');
  assert.equal(countText('fr', 2, 7), '2 services (2 sur 7)');
});
