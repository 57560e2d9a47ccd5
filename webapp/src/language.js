// The page's language: its interface texts and direction, the language buttons, and the
// texts that depend on it only (the attribution, the about box).
// Functions of the app (`app` is the App of app.js), one job per module.
import {$, add, clear, h, safeUrl} from './dom.js';
import {fillFilters} from './filters-ui.js';
import {formatDate} from './format.js';
import {writeState} from './history.js';
import {fieldLabel} from './texts.js';

const NATIVE = {fr: 'Français', ar: 'العربية', en: 'English'};

export function title(app) {
  return app.meta.title || app.t('app_title');
}

export function setLanguage(app, lang, write = true) {
  app.state.lang = lang;
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = app.t(el.dataset.t);
  for (const el of document.querySelectorAll('[data-t-aria]')) el.setAttribute('aria-label', app.t(el.dataset.tAria));
  for (const el of document.querySelectorAll('[data-t-title]')) el.title = app.t(el.dataset.tTitle);
  for (const el of document.querySelectorAll('[data-t-ph]')) el.placeholder = app.t(el.dataset.tPh);
  for (const el of document.querySelectorAll('[data-l]')) el.textContent = fieldLabel(app, el.dataset.l);
  $('title').textContent = title(app);
  document.title = title(app);
  const nav = clear($('langs'));
  for (const l of app.languages) {
    nav.appendChild(h('button', {
      type: 'button', lang: l, 'aria-pressed': l === lang ? 'true' : 'false', onclick: () => changeLanguage(app, l),
    }, NATIVE[l]));
  }
  fillFilters(app);
  fillAttribution(app);
  fillAbout(app);
  if (app.lines) app.lines.redraw();
  if (write) writeState(app);
}

export function changeLanguage(app, lang) {
  if (lang === app.state.lang) return;
  setLanguage(app, lang);
  const button = $('langs').querySelector('button[lang="' + lang + '"]');
  if (button) button.focus();
  app.update({keepView: true, keepPage: true});
  if (app.state.sel >= 0) app.showDetails(app.state.sel, false);
}

export function fillAttribution(app) {
  const box = clear($('attribution'));
  const leaflet = h('a', {href: 'https://leafletjs.com', rel: 'noopener noreferrer', target: '_blank'}, app.t('leaflet'));
  add(box, [leaflet, ' | © ', app.t('ref_credit')]);
  const basemap = app.meta.basemap;
  if (basemap && basemap.attribution && app.state.tiles) {
    box.appendChild(document.createTextNode(' | '));
    for (const [text, url] of basemap.attribution) {
      box.appendChild(url && safeUrl(url) ? h('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, text) : document.createTextNode(text));
    }
  }
}

export function fillAbout(app) {
  const box = clear($('about'));
  const licences = h('a', {}, 'LICENSES.txt');
  licences.setAttribute('href', 'LICENSES.txt');
  add(box, [
    h('p', {}, app.t('credits_points')),
    h('p', {}, app.t('credits_reference'), ' ', h('span', {lang: 'fr', dir: 'ltr'}, app.meta.sources || app.t('ref_credit'))),
    h('p', {}, app.t('credits_software'), ' ', licences),
    h('p', {}, app.t('generated', {d: formatDate(app.state.lang, String(app.meta.generated).slice(0, 10))})),
  ]);
}
