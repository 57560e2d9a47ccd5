// The service worker of a web map served over http(s): after the first visit the map opens
// offline. The exporter writes this file as sw.js with the export's version and file list
// in place of the two placeholders, so that a new export is a new cache (the old one is
// deleted when the new worker takes over). From file:// no worker is registered.
const VERSION = '%%AMUDDU_VERSION%%';
const FILES = JSON.parse('%%AMUDDU_FILES%%');
const CACHE = 'amuddu-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, {cache: 'reload'}))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('amuddu-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The page and its files from the cache (the fragment never reaches here); the network
  // for anything else (and when the cache lacks it).
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request, {ignoreSearch: true})
    .then((hit) => hit || fetch(request))));
});
