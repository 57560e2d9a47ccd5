// The details panel of a service point: its facts, services, directions.
// Functions of the app (`app` is the App of main.js), one job per module.
import {Data} from './data.js';
import {add, h, safeUrl} from './dom.js';
import {describe, isOpen, moroccoNow} from './hours.js';
import {number, t} from './i18n.js';

export function fillDetails(app, box, i) {
  const d = app.data;
  const s = app.state;
  const lang = s.lang;
  const name = d.text(d.name, i, lang) || {text: '—', lang};
  const inst = d.vocab.institution[d.inst[i]];
  const instLabel = app.vocabLabel(inst);
  const type = app.vocabLabel(d.vocab.facility_type[d.type[i]]);
  const heading = h('h2', {id: 'd-name', tabindex: '-1'}, app.textNode(name));
  const others = [];
  for (const l of app.languages) {
    const names = d.name[l];
    if (l === name.lang || !names || !names[i]) continue;
    others.push(h('li', {lang: l, dir: 'auto'}, names[i]));
  }
  const rows = h('dl', {class: 'facts'});
  const row = (label, ...value) => {
    if (!value.some((v) => v)) return;
    add(rows, [h('dt', {}, label), h('dd', {}, value)]);
  };
  const address = d.text(d.address, i, lang);
  const town = d.town[i] >= 0 ? Data.label(d.vocab.town[d.town[i]], lang) : null;
  const province = app.vocabLabel(d.vocab.province[d.province[i]]);
  const region = app.vocabLabel(d.vocab.region[d.region[i]]);
  row(app.fieldLabel('address'), app.textNode(address));
  row(app.fieldLabel('town'), app.textNode(town));
  if (province || region) {
    row(app.fieldLabel('province_code'), app.textNode(province),
      region ? h('span', {class: 'sub'}, ' · ', app.textNode(region)) : null);
  }
  const several = (pieces) => {
    const out = [];
    pieces.forEach(([part, target], k) => {
      if (k) out.push(h('br'));
      const href = safeUrl(target);
      out.push(href ? h('a', {href, dir: 'ltr'}, part) : h('span', {dir: 'ltr'}, part));
    });
    return out;
  };
  // The number the exporter derived with the import's rule; an extension stays text.
  if (d.phone[i]) row(app.fieldLabel('phone'), several(d.phonePieces(i).map(([part, number]) => [part, number ? 'tel:' + number : ''])));
  const email = d.email[i];
  if (email) row(app.fieldLabel('email'), several(email.split(/\s*[;\n]\s*/).filter(Boolean).map((part) => [part, 'mailto:' + part])));
  const website = d.str(d.website[i]) || (inst && inst.website) || '';
  if (website && safeUrl(website)) {
    row(app.fieldLabel('website'), h('a', {href: website, dir: 'ltr', rel: 'noopener noreferrer', target: '_blank'},
      website.replace(/^https?:\/\//, '').replace(/\/$/, '')));
  }
  const hours = d.hours[i] >= 0 ? d.vocab.hours[d.hours[i]] : null;
  if (hours) {
    if (hours.week) {
      row(app.fieldLabel('opening_hours'), h('ul', {class: 'hours'},
        describe(hours.week, lang).map(([days, spans]) => h('li', {}, h('span', {class: 'days'}, days), ' ', h('span', {dir: 'ltr'}, spans)))));
    } else {
      row(app.fieldLabel('opening_hours'), h('span', {class: 'sub'}, app.t('hours_as_given'), ' '), h('span', {dir: 'ltr'}, hours.text));
    }
  }
  row(app.fieldLabel('languages'), app.codeLabels(d.langs[i], 'language'));
  row(app.fieldLabel('eligibility'), app.codeLabels(d.elig[i], 'eligibility'));
  if (d.wheel[i] >= 0) row(app.fieldLabel('wheelchair'), app.choiceLabel(d.labels.wheelchair[d.wheel[i]]));
  const verified = d.str(d.verified[i]);
  if (verified) row(app.fieldLabel('last_verified_on'), app.date(verified));

  const services = h('ul', {class: 'services'});
  for (let q = d.svcStart[i]; q < d.svcStart[i + 1]; q++) services.appendChild(app.service(q, i));

  const lat = d.lat[i].toFixed(5);
  const lon = d.lon[i].toFixed(5);
  const from = s.place ? s.place.lat.toFixed(5) + ',' + s.place.lon.toFixed(5) : '';
  add(box, [
    h('p', {class: 'back'}, h('button', {type: 'button', class: 'link', onclick: () => app.closeDetails()}, app.t('back'))),
    heading,
    others.length ? h('div', {class: 'others'}, h('h3', {class: 'sub'}, app.t('names')), h('ul', {}, others)) : null,
    h('div', {class: 'who'}, inst ? app.icon(d.inst[i]) : null,
      h('p', {}, app.textNode(instLabel), type ? h('span', {class: 'sub'}, h('br'), app.textNode(type)) : null)),
    h('p', {class: 'badges'}, app.statusBadges(i), app.distance ? h('span', {class: 'dist'}, app.distanceText(i)) : null),
    rows,
    d.svcStart[i + 1] > d.svcStart[i] ? [h('h3', {}, app.t('services')), services] : null,
    h('h3', {}, app.t('directions')),
    h('ul', {class: 'directions'},
      h('li', {}, h('a', {href: 'geo:' + lat + ',' + lon}, app.t('directions_app'))),
      h('li', {}, h('a', {
        href: 'https://www.openstreetmap.org/directions?route=' + encodeURIComponent(from + ';' + lat + ',' + lon),
        rel: 'noopener noreferrer', target: '_blank',
      }, app.t('directions_osm')))),
    h('p', {}, h('button', {type: 'button', onclick: () => app.showOnMap(i)}, app.t('show_on_map'))),
  ]);
}

export function service(app, q, i) {
  const d = app.data;
  const lang = app.state.lang;
  const detail = d.details[d.svcDetail[q]];
  const category = app.vocabLabel(d.vocab.category[d.svcCat[q]]);
  const facts = h('dl', {class: 'facts'});
  const row = (label, value) => {
    if (value) add(facts, [h('dt', {}, label), h('dd', {}, value)]);
  };
  const elig = d.svcElig[q] >= 0 ? d.svcElig[q] : d.elig[i];
  row(app.fieldLabel('eligibility'), app.codeLabels(elig, 'eligibility'));
  row(app.fieldLabel('how_to_apply'), app.textNode(d.textOf(detail.how_to_apply, lang)));
  row(app.fieldLabel('fees'), app.textNode(d.textOf(detail.fees, lang)));
  const min = detail.min_age;
  const max = detail.max_age;
  const ages = min >= 0 && max >= 0 ? app.t('ages_both', {a: min, b: max})
    : min >= 0 ? app.t('ages_min', {a: min}) : max >= 0 ? app.t('ages_max', {b: max}) : '';
  row(app.t('age'), ages);
  return h('li', {},
    h('h4', {}, app.textNode(category)),
    app.textNode(d.textOf(detail.description, lang), 'p'),
    facts);
}

export function codeLabels(app, set, kind) {
  if (set < 0) return null;
  const entries = app.data.vocab[kind];
  const labels = app.data.vocab.sets[set].map((k) => app.vocabLabel(entries[k])).filter(Boolean);
  const out = [];
  labels.forEach((label, k) => {
    if (k) out.push(app.t('list_sep'));
    out.push(app.textNode(label));
  });
  return out.length ? h('span', {}, out) : null;
}

export function statusBadges(app, i) {
  const d = app.data;
  const out = [];
  if (d.status[i] > 0) {
    out.push(h('span', {class: 'badge warn'}, app.choiceLabel(app.data.labels.statuses[d.status[i]])));
  }
  const hours = d.hours[i] >= 0 ? d.vocab.hours[d.hours[i]] : null;
  if (hours && hours.week && d.status[i] === 0) {
    const open = isOpen(hours.week, moroccoNow());
    out.push(h('span', {class: open ? 'badge open' : 'badge'}, app.t(open ? 'open_badge' : 'closed_badge')));
  }
  return out;
}
