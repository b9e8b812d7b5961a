/* global self, caches, fetch, Request, Response, URL */
// The service worker (docs/decisions/0012-offline-and-installable.md), a template: the build's
// offline() plugin in vite.config.ts fills in FILES and VERSION and writes it as dist/sw.js. Plain
// JavaScript with no imports; it runs as it is written here.
//
// It keeps the app's own files, the same for every person, and nothing else: it stores nothing as
// it passes (no lookup's reply, no answers), and never touches a request to another origin.

/** Every file the app may load, as paths from the site's root ('/index.html', '/assets/…'). */
const FILES = /* FILES */ [];
/** A hash of FILES and of every file's bytes: a new deploy is a new worker with a new cache. */
const VERSION = /* VERSION */ '';

const PREFIX = 'treatment-access-navigator-precache-';
const CACHE = PREFIX + VERSION;
// The cache vite-plugin-pwa's worker (workbox) kept before this one: this app's too.
const OLD_WORKBOX_CACHE = 'workbox-precache-v2-' + self.registration.scope;
const PRECACHED = new Set(FILES);

/** A response the browser may give for a navigation: a redirect followed on the way is dropped. */
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // Everything is fetched before anything is stored, so a failed download leaves no half version.
      // 'no-cache': asked of the server again (a cheap check for hashed files), never an old copy.
      const responses = await Promise.all(
        FILES.map(async (path) => {
          const response = await fetch(new Request(path, { cache: 'no-cache', credentials: 'same-origin' }));
          if (!response.ok) throw new Error(`Could not keep ${path} for offline use: ${response.status}`);
          return [path, await plain(response)];
        }),
      );
      const cache = await caches.open(CACHE);
      await Promise.all(responses.map(([path, response]) => cache.put(path, response)));
    })(),
  );
  // No skipWaiting() here: the first version activates at once (there is nothing to replace), a
  // later one waits until the person presses "Reload to update" (the message below).
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if ((name.startsWith(PREFIX) && name !== CACHE) || name === OLD_WORKBOX_CACHE) await caches.delete(name);
      }
      // The first visit's worker takes the page at once, so that visit already works offline.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Another origin (openFDA, ClinicalTrials.gov): not ours to answer; it goes to the network untouched.
  if (url.origin !== self.location.origin) return;
  const path = url.pathname === '/' ? '/index.html' : url.pathname;
  // Any address of the app, opened or reloaded, gets the app's page; robots.txt and the like stay themselves.
  const kept = PRECACHED.has(path) ? path : request.mode === 'navigate' ? '/index.html' : null;
  if (kept === null) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(kept))
      .then((response) => response ?? fetch(request)),
  );
});
