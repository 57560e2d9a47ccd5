// The Amuddu web map: find the public services open to migrants, in French, Arabic or
// English, on a phone, offline. Everything shown is built with DOM nodes and textContent.
// The entry point: reads the data embedded in the page and starts the App (app.js).
import {App} from './app.js';
import {Basemap} from './basemap.js';
import {Data, readJson} from './data.js';
import {h} from './dom.js';
import {has, t} from './i18n.js';

function boot() {
  window.amudduStats = {started: performance.now()};
  let app;
  try {
    const data = new Data(readJson('amuddu-data'));
    const basemap = new Basemap(readJson('amuddu-basemap'));
    app = new App(data, basemap);
  } catch (err) {
    const lang = document.documentElement.lang;
    document.getElementById('results').appendChild(h('li', {class: 'empty'}, t(has(lang) ? lang : 'fr', 'data_error')));
    window.amudduError = String(err && err.message);
    document.body.setAttribute('data-ready', '');
    return;
  }
  app.start();
  document.body.setAttribute('data-ready', '');
  window.amudduStats.readyMs = performance.now();
  window.amudduReady = true;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
