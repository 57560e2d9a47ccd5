// The details panel of a service point: its facts, services, directions; opening and
// closing it (with a history entry, and the focus where the user was).
// Functions of the app (`app` is the App of app.js), one job per module.
import {Data} from './data.js';
import {$, add, clear, h, safeUrl, wide} from './dom.js';
import {formatDate} from './format.js';
import {writeState} from './history.js';
import {describe} from './hours.js';
import {distanceText, icon, statusBadges} from './marks.js';
import {setView} from './mapview.js';
import {choiceLabel, fieldLabel, textNode, vocabLabel} from './texts.js';

export function openPoint(app, i, from) {
  if (i < 0) return;
  // A new history entry first (Back returns to the list as it was), then the rest.
  const first = app.state.sel < 0;
  app.state.sel = i;
  if (from === 'map' && !wide()) {
    app.state.view = 'list';
    document.body.dataset.view = 'list';
  }
  writeState(app, first);
  showDetails(app, i, true);
  if (app.points) app.points.redraw();
  if (from === 'list' && app.map) {
    app.map.setView([app.data.lat[i], app.data.lon[i]], Math.max(app.map.getZoom(), 14));
  }
  if (from === 'map' && !wide()) setView(app, 'list');
}

/** The details' Back button and Escape: back where the user was (the history entry
 * the opening pushed, when there is one). */
export function closeDetails(app) {
  if (history.state && history.state.opened) history.back();
  else hideDetails(app, true);
}

export function showDetails(app, i, focus) {
  const box = $('details');
  clear(box);
  app.fallbacks = new Set();
  fillDetails(app, box, i);
  const others = [...app.fallbacks];
  app.fallbacks = null;
  if (others.length) {
    const names = others.map((l) => app.t('lang_' + l)).join(app.t('list_sep'));
    box.insertBefore(h('p', {class: 'fb'}, app.t('some_in', {l: names})), box.children[2] || null);
  }
  box.hidden = false;
  document.body.classList.add('has-details');
  if (focus) $('d-name').focus();
}

/** `was`: the point that was shown (the state's, unless it has changed already). */
export function hideDetails(app, focus, was) {
  const previous = was === undefined ? app.state.sel : was;
  app.state.sel = -1;
  $('details').hidden = true;
  document.body.classList.remove('has-details');
  if (app.points) app.points.redraw();
  writeState(app);
  if (focus) {
    const button = $('results').querySelector('button[data-i="' + previous + '"]');
    (button || $('results')).focus();
  }
}

function showOnMap(app, i) {
  setView(app, 'map');
  app.map.setView([app.data.lat[i], app.data.lon[i]], Math.max(app.map.getZoom(), 15));
  $('map').focus();
}

function fillDetails(app, box, i) {
  const d = app.data;
  const lang = app.state.lang;
  const name = d.text(d.name, i, lang) || {text: '—', lang};
  const inst = d.vocab.institution[d.inst[i]];
  const type = vocabLabel(app, d.vocab.facility_type[d.type[i]]);
  // In the order of the texts' first use (the note on other languages lists them so).
  const heading = h('h2', {id: 'd-name', tabindex: '-1'}, textNode(app, name));
  const others = [];
  for (const l of app.languages) {
    const names = d.name[l];
    if (l === name.lang || !names || !names[i]) continue;
    others.push(h('li', {lang: l, dir: 'auto'}, names[i]));
  }
  const rows = facts(app, i, inst);
  const services = h('ul', {class: 'services'});
  for (let q = d.svcStart[i]; q < d.svcStart[i + 1]; q++) services.appendChild(service(app, q, i));
  add(box, [
    h('p', {class: 'back'}, h('button', {type: 'button', class: 'link', onclick: () => closeDetails(app)}, app.t('back'))),
    heading,
    others.length ? h('div', {class: 'others'}, h('h3', {class: 'sub'}, app.t('names')), h('ul', {}, others)) : null,
    h('div', {class: 'who'}, inst ? icon(app, d.inst[i]) : null,
      h('p', {}, textNode(app, vocabLabel(app, inst)), type ? h('span', {class: 'sub'}, h('br'), textNode(app, type)) : null)),
    h('p', {class: 'badges'}, statusBadges(app, i), app.distance ? h('span', {class: 'dist'}, distanceText(app, i)) : null),
    rows,
    d.svcStart[i + 1] > d.svcStart[i] ? [h('h3', {}, app.t('services')), services] : null,
    directions(app, i),
    h('p', {}, h('button', {type: 'button', onclick: () => showOnMap(app, i)}, app.t('show_on_map'))),
  ]);
}

/** Links that each open one piece ([text, target]: a number, an address), one a line. */
function several(pieces) {
  const out = [];
  pieces.forEach(([part, target], k) => {
    if (k) out.push(h('br'));
    const href = safeUrl(target);
    out.push(href ? h('a', {href, dir: 'ltr'}, part) : h('span', {dir: 'ltr'}, part));
  });
  return out;
}

/** The facts of point i: where, how to reach it, its hours, who it is for. */
function facts(app, i, inst) {
  const d = app.data;
  const lang = app.state.lang;
  const rows = h('dl', {class: 'facts'});
  const row = (label, ...value) => {
    if (!value.some((v) => v)) return;
    add(rows, [h('dt', {}, label), h('dd', {}, value)]);
  };
  const province = vocabLabel(app, d.vocab.province[d.province[i]]);
  const region = vocabLabel(app, d.vocab.region[d.region[i]]);
  row(fieldLabel(app, 'address'), textNode(app, d.text(d.address, i, lang)));
  row(fieldLabel(app, 'town'), textNode(app, d.town[i] >= 0 ? Data.label(d.vocab.town[d.town[i]], lang) : null));
  if (province || region) {
    row(fieldLabel(app, 'province_code'), textNode(app, province),
      region ? h('span', {class: 'sub'}, ' · ', textNode(app, region)) : null);
  }
  // The number the exporter derived with the import's rule; an extension stays text.
  if (d.phone[i]) row(fieldLabel(app, 'phone'), several(d.phonePieces(i).map(([part, number]) => [part, number ? 'tel:' + number : ''])));
  const email = d.email[i];
  if (email) row(fieldLabel(app, 'email'), several(email.split(/\s*[;\n]\s*/).filter(Boolean).map((part) => [part, 'mailto:' + part])));
  const website = d.str(d.website[i]) || (inst && inst.website) || '';
  if (website && safeUrl(website)) {
    row(fieldLabel(app, 'website'), h('a', {href: website, dir: 'ltr', rel: 'noopener noreferrer', target: '_blank'},
      website.replace(/^https?:\/\//, '').replace(/\/$/, '')));
  }
  const hours = d.hours[i] >= 0 ? d.vocab.hours[d.hours[i]] : null;
  if (hours) row(fieldLabel(app, 'opening_hours'), ...hoursText(app, hours));
  row(fieldLabel(app, 'languages'), codeLabels(app, d.langs[i], 'language'));
  row(fieldLabel(app, 'eligibility'), codeLabels(app, d.elig[i], 'eligibility'));
  if (d.wheel[i] >= 0) row(fieldLabel(app, 'wheelchair'), choiceLabel(app, d.labels.wheelchair[d.wheel[i]]));
  const verified = d.str(d.verified[i]);
  if (verified) row(fieldLabel(app, 'last_verified_on'), formatDate(lang, verified));
  return rows;
}

/** Opening hours by day, or as the data gives them when they could not be read. */
function hoursText(app, hours) {
  if (hours.week) {
    return [h('ul', {class: 'hours'}, describe(hours.week, app.state.lang)
      .map(([days, spans]) => h('li', {}, h('span', {class: 'days'}, days), ' ', h('span', {dir: 'ltr'}, spans))))];
  }
  return [h('span', {class: 'sub'}, app.t('hours_as_given'), ' '), h('span', {dir: 'ltr'}, hours.text)];
}

/** Directions: the phone's map application, or OpenStreetMap from the reference place. */
function directions(app, i) {
  const d = app.data;
  const s = app.state;
  const lat = d.lat[i].toFixed(5);
  const lon = d.lon[i].toFixed(5);
  const from = s.place ? s.place.lat.toFixed(5) + ',' + s.place.lon.toFixed(5) : '';
  return [
    h('h3', {}, app.t('directions')),
    h('ul', {class: 'directions'},
      h('li', {}, h('a', {href: 'geo:' + lat + ',' + lon}, app.t('directions_app'))),
      h('li', {}, h('a', {
        href: 'https://www.openstreetmap.org/directions?route=' + encodeURIComponent(from + ';' + lat + ',' + lon),
        rel: 'noopener noreferrer', target: '_blank',
      }, app.t('directions_osm')))),
  ];
}

function service(app, q, i) {
  const d = app.data;
  const lang = app.state.lang;
  const detail = d.details[d.svcDetail[q]];
  const category = vocabLabel(app, d.vocab.category[d.svcCat[q]]);
  const rows = h('dl', {class: 'facts'});
  const row = (label, value) => {
    if (value) add(rows, [h('dt', {}, label), h('dd', {}, value)]);
  };
  const elig = d.svcElig[q] >= 0 ? d.svcElig[q] : d.elig[i];
  row(fieldLabel(app, 'eligibility'), codeLabels(app, elig, 'eligibility'));
  row(fieldLabel(app, 'how_to_apply'), textNode(app, d.textOf(detail.how_to_apply, lang)));
  row(fieldLabel(app, 'fees'), textNode(app, d.textOf(detail.fees, lang)));
  const min = detail.min_age;
  const max = detail.max_age;
  const ages = min >= 0 && max >= 0 ? app.t('ages_both', {a: min, b: max})
    : min >= 0 ? app.t('ages_min', {a: min}) : max >= 0 ? app.t('ages_max', {b: max}) : '';
  row(app.t('age'), ages);
  return h('li', {},
    h('h4', {}, textNode(app, category)),
    textNode(app, d.textOf(detail.description, lang), 'p'),
    rows);
}

/** The labels of code set `set` (vocab.sets) of `kind`, separated as the language does. */
function codeLabels(app, set, kind) {
  if (set < 0) return null;
  const entries = app.data.vocab[kind];
  const labels = app.data.vocab.sets[set].map((k) => vocabLabel(app, entries[k])).filter(Boolean);
  const out = [];
  labels.forEach((label, k) => {
    if (k) out.push(app.t('list_sep'));
    out.push(textNode(app, label));
  });
  return out.length ? h('span', {}, out) : null;
}
