// The search box: what is typed searches as it is typed, and places that start like the
// last words typed are offered to choose from.
// Functions of the app (`app` is the App of app.js), one job per module.
import {Data} from './data.js';
import {$, clear, h} from './dom.js';
import {showNearest} from './place.js';
import {sameWords, suggestPlaces} from './search.js';
import {textNode, vocabLabel} from './texts.js';

const MAX_LENGTH = 200;

function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function bindSearch(app) {
  const s = app.state;
  const search = debounce(() => {
    s.q = $('q').value.slice(0, MAX_LENGTH);
    app.far = false;
    suggest(app);
    app.changed();
  }, 150);
  $('q').addEventListener('input', search);
  $('find').addEventListener('submit', (e) => {
    e.preventDefault();
    s.q = $('q').value.slice(0, MAX_LENGTH);
    app.changed();
  });
}

/** What the user typed while the page was loading is their search: keep it. */
export function keepTyped(app) {
  const typed = $('q').value.trim();
  if (typed) app.state.q = typed.slice(0, MAX_LENGTH);
}

/** Places that start like the last words typed, to choose from. */
function suggest(app) {
  const box = clear($('suggest'));
  const lang = app.state.lang;
  const {found, before} = suggestPlaces($('q').value, app.places);
  for (const place of found) {
    const name = Data.label(place.label, lang) || {text: '', lang};
    const where = place.kind === 'town' && place.region
      ? vocabLabel(app, app.data.vocab.region[app.position.region.get(place.region)]) : null;
    const text = [...before, name.text].join(' ');
    if (sameWords(text, $('q').value)) continue;
    box.appendChild(h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => choose(app, box, text)},
      h('span', {lang: name.lang, dir: 'auto'}, name.text), where ? h('span', {class: 'sub'}, ' · ', textNode(app, where)) : null)));
  }
  box.hidden = !box.firstChild;
}

function choose(app, box, text) {
  $('q').value = text;
  app.state.q = text;
  app.far = false;
  clear(box);
  app.changed();
  showNearest(app);
  $('q').focus();
}
