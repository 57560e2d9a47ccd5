// The filter panel: its institution boxes and choice lists, filled in the page's language
// with the values that the data has, and what changing them does.
// Functions of the app (`app` is the App of app.js), one job per module.
import {$, clear, h, wide} from './dom.js';
import {icon} from './marks.js';
import {clearFilters, eligibilityChoices, filtersActive, provinceChoices} from './state.js';
import {vocabLabel} from './texts.js';

/** A choice list: "all" (-1) and the `entries` whose index is in `present` (all when null). */
function options(app, select, entries, allKey, selected, present) {
  clear(select);
  select.appendChild(h('option', {value: '-1'}, app.t(allKey)));
  entries.forEach((entry, i) => {
    if (present && !present.has(i)) return;
    const label = vocabLabel(app, entry);
    const option = h('option', {value: String(i)}, label.text);
    if (label.lang !== app.state.lang) option.setAttribute('lang', label.lang);
    if (i === selected) option.selected = true;
    select.appendChild(option);
  });
  select.value = String(selected);
  if (select.value === '') select.value = '-1';
}

/** The panel as the state has it (after a language change, a reset, a place chosen). */
export function fillFilters(app) {
  const s = app.state;
  const v = app.data.vocab;
  fillInstitutions(app);
  options(app, $('f-cat'), v.category, 'all_categories', s.cat, app.present.category);
  options(app, $('f-reg'), v.region, 'all_regions', s.reg, app.present.region);
  fillProvinces(app);
  options(app, $('f-elig'), v.eligibility, 'all_eligibility', s.elig, eligibilityChoices(v, app.anyEligibility));
  $('f-open').checked = s.open;
  $('q').value = s.q;
  $('inview').checked = s.inview;
  $('tiles-wrap').hidden = !app.meta.basemap;
  $('tiles').checked = s.tiles;
  if (filtersActive(s) && wide()) $('filters').open = true;
}

function fillInstitutions(app) {
  const s = app.state;
  const box = $('f-inst');
  while (box.children.length > 1) box.removeChild(box.lastChild);
  app.data.vocab.institution.forEach((entry, i) => {
    if (!app.present.institution.has(i)) return;
    const id = 'f-inst-' + i;
    // As on the plugin's maps: the acronym, or the Arabic name in Arabic.
    const label = s.lang === 'ar' && entry.label.ar ? entry.label.ar : entry.acronym;
    const input = h('input', {type: 'checkbox', id, value: String(i)});
    input.checked = !s.inst || s.inst.has(i);
    input.addEventListener('change', () => onInstitution(app));
    box.appendChild(h('p', {class: 'inst'}, input, h('label', {for: id}, icon(app, i), h('span', {dir: 'auto'}, label))));
  });
}

/** The provinces of the chosen region (a province of another one is unselected). */
function fillProvinces(app) {
  const s = app.state;
  const present = provinceChoices(app.present.province, app.data.vocab, s.reg);
  if (s.prov >= 0 && !present.has(s.prov)) s.prov = -1;
  options(app, $('f-prov'), app.data.vocab.province, 'all_provinces', s.prov, present);
}

function onInstitution(app) {
  const chosen = new Set();
  let all = true;
  for (const input of $('f-inst').querySelectorAll('input')) {
    if (input.checked) chosen.add(+input.value);
    else all = false;
  }
  app.state.inst = all ? null : chosen;
  app.changed();
}

export function bindFilters(app) {
  const s = app.state;
  const select = (id, key, then) => $(id).addEventListener('change', () => {
    s[key] = +$(id).value;
    if (then) then();
    app.changed();
  });
  select('f-cat', 'cat');
  select('f-reg', 'reg', () => fillProvinces(app));
  select('f-prov', 'prov');
  select('f-elig', 'elig');
  const check = (id, key) => $(id).addEventListener('change', () => {
    s[key] = $(id).checked;
    app.changed();
  });
  check('f-open', 'open');
  $('reset').addEventListener('click', () => {
    clearFilters(s);
    fillFilters(app);
    app.changed();
  });
  $('sort').addEventListener('change', () => {
    s.sort = $('sort').value === 'name' ? 'name' : null;
    app.changed();
  });
  check('inview', 'inview');
}
