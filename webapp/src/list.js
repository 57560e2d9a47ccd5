// The result list: its items, a page at a time ("show more"), the count, the points of an
// opened cluster, and the whole list (up to PRINT_LIMIT) when printed.
// Functions of the app (`app` is the App of app.js), one job per module.
import {PAGE} from './consts.js';
import {Data} from './data.js';
import {$, clear, h} from './dom.js';
import {countText} from './format.js';
import {distanceText, icon, statusBadges} from './marks.js';
import {textNode, vocabLabel} from './texts.js';

const PRINT_LIMIT = 2000;

function item(app, i) {
  const d = app.data;
  const s = app.state;
  const name = d.text(d.name, i, s.lang) || {text: '—', lang: s.lang};
  const inst = d.vocab.institution[d.inst[i]];
  const type = vocabLabel(app, d.vocab.facility_type[d.type[i]]);
  const town = d.town[i] >= 0 ? Data.label(d.vocab.town[d.town[i]], s.lang) : null;
  const meta = [inst ? inst.acronym : '', type ? type.text : '', town ? town.text : ''].filter(Boolean).join(' · ');
  const address = d.text(d.address, i, s.lang);
  const phone = d.phone[i];
  const distance = distanceText(app, i);
  return h('li', {class: d.status[i] > 0 ? 'item tc' : 'item'},
    h('button', {type: 'button', 'data-i': String(i), 'aria-current': s.sel === i ? 'true' : null},
      icon(app, d.inst[i]),
      h('span', {class: 'body'},
        textNode(app, name, 'strong'),
        h('span', {class: 'meta', dir: 'auto'}, meta),
        h('span', {class: 'badges'}, statusBadges(app, i), distance ? h('span', {class: 'dist'}, distance) : null),
        address ? h('span', {class: 'print-only', dir: 'auto'}, address.text) : null,
        phone ? h('span', {class: 'print-only', dir: 'ltr'}, phone) : null)));
}

/** The listed points, the first `limit` (else as many as the pages shown), and the count. */
export function renderList(app, limit) {
  const s = app.state;
  const list = clear($('results'));
  const {indexes, count} = app.listed;
  const shown = Math.min(count, limit || s.shown);
  const fragment = document.createDocumentFragment();
  for (let k = 0; k < shown; k++) fragment.appendChild(item(app, indexes[k]));
  list.appendChild(fragment);
  if (!count) list.appendChild(h('li', {class: 'empty'}, app.t('no_results')));
  const more = $('more');
  more.hidden = shown >= count;
  more.textContent = app.t('show_more', {n: Math.min(PAGE, count - shown)});
  const countEl = $('count');
  countEl.textContent = countText(s.lang, count, app.data.n);
  countEl.dataset.count = String(count);
  $('here').hidden = !s.here;
  if (s.here) $('here-text').textContent = app.t('here', {n: s.here.length});
}

export function bindList(app) {
  const s = app.state;
  $('more').addEventListener('click', () => {
    const first = s.shown;
    s.shown += PAGE;
    renderList(app);
    const next = $('results').children[first];
    if (next) next.querySelector('button').focus();
  });
  $('results').addEventListener('click', (e) => {
    const button = e.target.closest('button[data-i]');
    if (button) app.openPoint(+button.dataset.i, 'list');
  });
  $('here-clear').addEventListener('click', () => {
    s.here = null;
    app.changed();
  });
  $('print').addEventListener('click', () => window.print());
}

/** Printed, the list holds all the points listed (up to PRINT_LIMIT), then the pages again. */
export function bindPrint(app) {
  window.addEventListener('beforeprint', () => renderList(app, PRINT_LIMIT));
  window.addEventListener('afterprint', () => renderList(app));
}
