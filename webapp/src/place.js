// The reference place: the user's position, a touched point of the map, sharing it.
// Functions of the app (`app` is the App of main.js), one job per module.
import {Data} from './data.js';
import {$, add, clear, h} from './dom.js';
import {t} from './i18n.js';
import {writeHash} from './url.js';

export function message(app, text) {
  $('message').textContent = text;
}

export function locate(app) {
  if (!navigator.geolocation) {
    app.locateFailed();
    return;
  }
  app.message(app.t('locating'));
  navigator.geolocation.getCurrentPosition(
    (position) => {
      app.setPlace(position.coords.latitude, position.coords.longitude, 'gps');
      app.map.setView([position.coords.latitude, position.coords.longitude], Math.max(app.map.getZoom(), 12));
    },
    () => app.locateFailed(),
    {enableHighAccuracy: false, timeout: 15000, maximumAge: 300000});
}

export function locateFailed(app) {
  app.picking = true;
  $('mapwrap').classList.add('picking');
  app.message(app.t('locate_failed'));
  $('q').focus();
}

export function pick(app) {
  app.picking = true;
  $('mapwrap').classList.add('picking');
  app.message(app.t('pick_prompt'));
  if (!app.wide()) app.setView('map', true);
}

export function setPlace(app, lat, lon, kind) {
  const s = app.state;
  s.place = {kind, lat, lon};
  s.sort = null;
  app.message(app.t('near_set'));
  app.fillFilters();
  app.changed();
  app.showNearest();
}

export function showNearest(app) {
  $('filters').open = false;
  if (!app.wide() && app.state.view === 'map') app.setView('list');
  const first = $('results').querySelector('li');
  if (first) first.scrollIntoView({block: 'nearest'});
}

export function showReference(app) {
  const s = app.state;
  const place = app.reference();
  const sort = clear($('sort'));
  sort.appendChild(h('option', {value: 'name'}, app.t('sort_name')));
  if (place) sort.appendChild(h('option', {value: 'distance'}, app.t('sort_distance')));
  sort.value = place && s.sort !== 'name' ? 'distance' : 'name';
  $('near-clear').hidden = !s.place;
  $('share').hidden = !(s.place && (s.place.kind === 'gps' || s.place.kind === 'pick'));
  $('far').hidden = !(place && !app.far && app.allNear > app.matches.count && s.sort !== 'name');
  if (place && place.label) {
    const name = Data.label(place.label, s.lang);
    app.message(app.t('near_place', {p: name ? name.text : ''}));
  } else if (place) app.message(app.t('near_set'));
  else if ($('message').dataset.near) app.message('');
  $('message').dataset.near = place ? '1' : '';
}

export function share(app) {
  const place = app.state.place;
  if (!place) return;
  app.state.place = {kind: 'shared', lat: place.lat, lon: place.lon};
  app.writeHash();
  app.showReference();
  const url = location.href;
  if (navigator.share) navigator.share({url}).catch(() => {});
  else if (navigator.clipboard) navigator.clipboard.writeText(url).catch(() => {});
  app.message(app.t('shared'));
}
