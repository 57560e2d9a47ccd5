// The data's texts in the page's language: labels of fields, choices and vocabulary
// entries, and data text marked when it is in another language than the page.
// Functions of the app (`app` is the App of app.js), one job per module.
import {Data} from './data.js';
import {h} from './dom.js';

export function fieldLabel(app, key) {
  const label = Data.label(app.data.labels.fields[key], app.state.lang);
  return label ? label.text : key;
}

export function choiceLabel(app, code) {
  const label = Data.label(app.data.labels.choices[code], app.state.lang);
  return label ? label.text : code;
}

/** {text, lang} of a vocabulary entry (its acronym or code when it has no label). */
export function vocabLabel(app, entry) {
  if (!entry) return null;
  return Data.label(entry.label, app.state.lang) || {text: entry.acronym || entry.code, lang: 'fr'};
}

/** A piece of data text, marked when it is in another language than the page. */
export function textNode(app, value, tag) {
  if (!value) return null;
  const el = h(tag || 'span', {dir: 'auto'}, value.text);
  if (value.lang === app.state.lang) return el;
  // Its own language (screen readers pronounce it right), isolated from the page's
  // direction; the details say once that some of it is in another language.
  el.setAttribute('lang', value.lang);
  el.classList.add('fallback');
  if (app.fallbacks) app.fallbacks.add(value.lang);
  return el;
}
