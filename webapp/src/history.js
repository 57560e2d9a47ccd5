// The state in the URL and in the tab's history: reading a fragment into the state,
// writing the state into the URL (a new entry when asked), and Back, Forward and Escape.
// Functions of the app (`app` is the App of app.js), one job per module.
import {PAGE} from './consts.js';
import {applyRead, historyEntry} from './state.js';
import {readHash, writeHash} from './url.js';

/** The state as fragment `hash` describes it (`first`: on opening; later, the map moves too). */
export function readState(app, hash, first) {
  const s = app.state;
  const read = readHash(hash, {
    languages: app.languages, positions: app.position, places: app.places, tiles: !!app.meta.basemap,
    indexOfId: (id) => app.data.indexOfId(id),
  });
  applyRead(s, read, history.state && history.state.place);
  app.initialView = read.map;
  if (!first && app.initialView && app.map) {
    app.map.setView([app.initialView[1], app.initialView[2]], app.initialView[0]);
  }
  s.shown = PAGE;
  s.here = null;
}

/** The URL of the state; `push`: a new history entry (Back returns to the previous one). */
export function writeState(app, push) {
  const c = app.map ? app.map.getCenter() : null;
  const hash = writeHash(app.state, {vocab: app.data.vocab, tiles: !!app.meta.basemap, id: (i) => app.data.id(i)},
    c ? [app.map.getZoom(), c.lat, c.lng] : null);
  // A position of one's own stays in this tab's history, never in the URL.
  if (hash === location.hash && !push) return;
  app.lastHash = hash;
  const entry = historyEntry(app.state, push, history.state);
  try {
    if (push) history.pushState(entry, '', hash);
    else history.replaceState(entry, '', hash);
  } catch (e) {
    location.replace(hash);
  }
}

/** Back and Forward (and a link's new fragment): the page as that entry describes it;
 * Escape closes the details. */
export function bindHistory(app) {
  const restore = () => {
    if (location.hash === app.lastHash) return;
    app.lastHash = location.hash;
    const previous = app.state.sel;
    const shown = app.state.shown;
    readState(app, location.hash, false);
    app.state.shown = shown;
    app.setLanguage(app.state.lang, false);
    app.update({keepView: true});
    if (app.state.sel >= 0) app.showDetails(app.state.sel, false);
    else if (previous >= 0) app.hideDetails(true, previous);
    app.setView(app.state.view);
  };
  window.addEventListener('popstate', restore);
  window.addEventListener('hashchange', restore);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && app.state.sel >= 0) app.closeDetails();
  });
}
