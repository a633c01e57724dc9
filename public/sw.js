// Husly's service worker: after one visit, the app shell (index.html and the hashed script,
// wasm and stylesheet it links) comes from the cache, so the needs check and the estimates work
// with no network. Pages are fetched from the network first and from the cache when offline: an
// entry page prerendered in the reader's language (the server says its Content-Language:
// server/src/prerendered.rs) is kept under its own path, every other page is the same
// index.html, kept once; offline, a page never kept is that index.html, which the app fills in.
// Hashed assets never change under one name, so they come from the cache first; a language's
// text (/locales/<id>.ftl), like the pages, from the network first, and so are the
// municipality profiles (/api/municipality-profiles: the same for everyone, nothing personal),
// so a municipality's own criteria and contact still show offline. The case pages (/case, an app
// of their own) are kept the same way, their one page as CASE_SHELL: offline they open and say
// the decision cannot be fetched now, never the browser's error page; so is renting or owning
// (/rent-or-buy, another app, RENT_OR_BUY_SHELL). The rest of the API (a
// resident's decision is read from the server each time) and the staff pages are never cached:
// they pass straight through, so this cache holds nothing personal and "Start over" need not
// touch it. The one cache of personal data is the app's own, never this worker's:
// husly-attachments, documents attached to an application not sent yet (src/upload/waiting.rs),
// which "Start over" deletes and this worker leaves alone.
const CACHE = 'husly-shell-v2';
const SHELL = '/index.html';
const CASE_SHELL = '/case/index.html';
const RENT_OR_BUY_SHELL = '/rent-or-buy/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      // husly-attachments: documents attached to an application not sent yet (src/upload/waiting.rs).
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== 'husly-attachments').map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The network's answer, kept under `key`; the kept one when the network cannot be reached.
function networkFirst(request, key) {
  return fetch(request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(key, copy));
      }
      return response;
    })
    .catch(() => caches.match(key));
}

// A page: the network's answer, kept as that page when it was prerendered and as the shell
// otherwise; offline, the page kept, else the shell.
function page(request, path) {
  return fetch(request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        const key = response.headers.has('content-language') ? path : SHELL;
        caches.open(CACHE).then((cache) => cache.put(key, copy));
      }
      return response;
    })
    .catch(() => caches.match(path).then((kept) => kept || caches.match(SHELL)));
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === '/api/municipality-profiles') {
    // Every municipality's rules and offers: the newest when online, kept for offline.
    event.respondWith(networkFirst(event.request, url.pathname));
    return;
  }
  const under = (app) => url.pathname === `/${app}` || url.pathname.startsWith(`/${app}/`);
  if (url.pathname.startsWith('/api/') || under('staff')) return;
  if (under('case') && event.request.mode === 'navigate') {
    // Every case page is the same page, which asks the server for what it shows.
    event.respondWith(networkFirst(event.request, CASE_SHELL));
    return;
  }
  if (under('rent-or-buy') && event.request.mode === 'navigate') {
    // Renting or owning, an app of its own opened from the estimates: kept like the case pages,
    // so it opens offline too (it reads only what the estimates kept on the device).
    event.respondWith(networkFirst(event.request, RENT_OR_BUY_SHELL));
    return;
  }
  if (event.request.mode === 'navigate') {
    event.respondWith(page(event.request, url.pathname));
    return;
  }
  if (/^\/locales\/[a-z]+\.ftl$/.test(url.pathname)) {
    // A language's text, fetched when it was chosen: the newest when online, kept for offline.
    event.respondWith(networkFirst(event.request, url.pathname));
    return;
  }
  if (/\/[a-z-]+-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(url.pathname)) {
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ||
          fetch(event.request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(CACHE).then((cache) => cache.put(event.request, copy));
            }
            return response;
          }),
      ),
    );
  }
});

// A language's text that the page fetched before this worker took it (its first visit): the
// page says so, and the copy already in the browser's HTTP cache is kept, so the language still
// works offline after a reload, with nothing downloaded twice (src/offline.rs).
self.addEventListener('message', (event) => {
  const path = event.data && event.data.keep;
  if (typeof path !== 'string' || !/^\/locales\/[a-z]+\.ftl$/.test(path)) return;
  event.waitUntil(
    fetch(path, { cache: 'only-if-cached', mode: 'same-origin' })
      .then((response) => (response.ok ? caches.open(CACHE).then((cache) => cache.put(path, response)) : undefined))
      .catch(() => undefined),
  );
});
