// The reference place: the user's position ("near me"), a touched point of the map,
// sharing it, and what the list and the sort say about it.
// Functions of the app (`app` is the App of app.js), one job per module.
import {Data} from './data.js';
import {$, clear, h, wide} from './dom.js';
import {fillFilters} from './filters-ui.js';
import {writeState} from './history.js';
import {farOffered, ownPosition, sortShown} from './state.js';

function message(text) {
  $('message').textContent = text;
}

function locate(app) {
  if (!navigator.geolocation) {
    locateFailed(app);
    return;
  }
  message(app.t('locating'));
  navigator.geolocation.getCurrentPosition(
    (position) => {
      setPlace(app, position.coords.latitude, position.coords.longitude, 'gps');
      app.map.setView([position.coords.latitude, position.coords.longitude], Math.max(app.map.getZoom(), 12));
    },
    () => locateFailed(app),
    {enableHighAccuracy: false, timeout: 15000, maximumAge: 300000});
}

/** No position: say so where the user is, and offer the place box and the map. */
function locateFailed(app) {
  app.picking = true;
  $('mapwrap').classList.add('picking');
  message(app.t('locate_failed'));
  $('q').focus();
}

function pick(app) {
  app.picking = true;
  $('mapwrap').classList.add('picking');
  message(app.t('pick_prompt'));
  if (!wide()) app.setView('map', true);
}

export function setPlace(app, lat, lon, kind) {
  const s = app.state;
  s.place = {kind, lat, lon};
  s.sort = null;
  message(app.t('near_set'));
  fillFilters(app);
  app.changed();
  showNearest(app);
}

/** After a place is chosen: the sorted list, its first result in view (on a phone too). */
export function showNearest(app) {
  $('filters').open = false;
  if (!wide() && app.state.view === 'map') app.setView('list');
  const first = $('results').querySelector('li');
  if (first) first.scrollIntoView({block: 'nearest'});
}

/** The reference point in words, the sort it implies, and what can be done with it. */
export function showReference(app) {
  const s = app.state;
  const place = app.reference();
  const sort = clear($('sort'));
  sort.appendChild(h('option', {value: 'name'}, app.t('sort_name')));
  if (place) sort.appendChild(h('option', {value: 'distance'}, app.t('sort_distance')));
  sort.value = sortShown(s, place);
  $('near-clear').hidden = !s.place;
  $('share').hidden = !ownPosition(s.place);
  $('far').hidden = !farOffered(s, place, app.far, app.allNear, app.matches.count);
  if (place && place.label) {
    const name = Data.label(place.label, s.lang);
    message(app.t('near_place', {p: name ? name.text : ''}));
  } else if (place) message(app.t('near_set'));
  else if ($('message').dataset.near) message('');
  $('message').dataset.near = place ? '1' : '';
}

/** The position, rounded to about 1 km, put in the URL to be shared (the user asked). */
function share(app) {
  const place = app.state.place;
  if (!place) return;
  app.state.place = {kind: 'shared', lat: place.lat, lon: place.lon};
  writeState(app);
  showReference(app);
  const url = location.href;
  if (navigator.share) navigator.share({url}).catch(() => {});
  else if (navigator.clipboard) navigator.clipboard.writeText(url).catch(() => {});
  message(app.t('shared'));
}

export function bindPlace(app) {
  $('near-me').addEventListener('click', () => locate(app));
  $('near-pick').addEventListener('click', () => pick(app));
  $('share').addEventListener('click', () => share(app));
  $('far').addEventListener('click', () => {
    app.far = true;
    app.changed();
  });
  $('near-clear').addEventListener('click', () => {
    app.state.place = null;
    app.state.sort = null;
    message('');
    fillFilters(app);
    app.changed();
  });
}
