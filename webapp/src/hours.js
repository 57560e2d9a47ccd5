// Opening hours: "open now" and the hours in words. The exporter has already read the
// OpenStreetMap syntax into 7 days (Monday first) of [start, end, ...] minutes.
import {LOCALES, t} from './i18n.js';

const ZONE = 'Africa/Casablanca';
const DAYS = {Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6};
let clockFormat = null;

/** The day (Monday = 0) and minute of `date` in Morocco (the browser's clock otherwise). */
export function moroccoNow(date) {
  const when = date || new Date();
  try {
    if (!clockFormat) {
      clockFormat = new Intl.DateTimeFormat('en-GB', {
        timeZone: ZONE, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      });
    }
    const parts = {};
    for (const part of clockFormat.formatToParts(when)) parts[part.type] = part.value;
    return {day: DAYS[parts.weekday], minute: (+parts.hour % 24) * 60 + +parts.minute};
  } catch (e) {
    return {day: (when.getDay() + 6) % 7, minute: when.getHours() * 60 + when.getMinutes()};
  }
}

export function isOpen(week, now) {
  if (!week) return false;
  const spans = week[now.day];
  for (let k = 0; k < spans.length; k += 2) {
    if (now.minute >= spans[k] && now.minute < spans[k + 1]) return true;
  }
  return false;
}

function clock(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0');
}

const dayNames = {};

function dayName(lang, day) {
  if (!dayNames[lang]) {
    const format = new Intl.DateTimeFormat(LOCALES[lang], {weekday: 'long', timeZone: 'UTC'});
    // 1 January 2024 was a Monday.
    dayNames[lang] = [0, 1, 2, 3, 4, 5, 6].map((d) => format.format(new Date(Date.UTC(2024, 0, 1 + d))));
  }
  return dayNames[lang][day];
}

/** The week in words: [[days, hours], ...], consecutive days with the same hours together. */
export function describe(week, lang) {
  const lines = [];
  let start = 0;
  for (let d = 1; d <= 7; d++) {
    if (d < 7 && week[d].join() === week[start].join()) continue;
    const days = d - 1 === start ? dayName(lang, start)
      : dayName(lang, start) + ' – ' + dayName(lang, d - 1);
    const spans = week[start];
    const hours = [];
    for (let k = 0; k < spans.length; k += 2) hours.push(clock(spans[k]) + '–' + clock(spans[k + 1]));
    lines.push([days, hours.length ? hours.join(', ') : t(lang, 'closed_day')]);
    start = d;
  }
  return lines;
}
