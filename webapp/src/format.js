// Numbers and dates in the page's language: pure functions (no DOM), tested with
// `node --test` (webapp/test/).
import {LOCALES, number, t} from './i18n.js';

/** A distance: metres rounded to 10 below 1 km, one decimal below 10 km, whole kilometres above. */
export function kmText(lang, km) {
  return km < 1 ? t(lang, 'm', {n: Math.round(km * 100) * 10}) : t(lang, 'km', {n: number(lang, km, km < 10 ? 1 : 0)});
}

/** An ISO date (YYYY-MM-DD) in words ("5 March 2024"); the text as it is when it is none. */
export function formatDate(lang, iso) {
  const parts = iso.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
      .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  } catch (e) {
    return iso;
  }
}

/** The number of services listed, and out of how many when it is not all of them. */
export function countText(lang, count, total) {
  return count === total ? t(lang, 'count', {n: count})
    : t(lang, 'count', {n: count}) + ' (' + t(lang, 'count_of', {n: count, total}) + ')';
}
