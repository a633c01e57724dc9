// Renders the entry pages at build time with the app itself (issue 17): each page in each
// language is opened in Debian's Chromium against the real server serving the fresh dist/, and
// what the app drew is written into a copy of dist/index.html as
// dist/prerendered/<lang><path>.html (`/` as index.html). The server sends it in the reader's
// language (server/src/prerendered.rs) and the app takes it over when it starts
// (src/prerendered.rs), so nothing here is written by hand and nothing can drift from the app.
//
// Run by `cargo xtask dist` (xtask/src/prerender.rs) with HUSLY_URL and HUSLY_DIST set.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';

const base = process.env.HUSLY_URL;
const dist = process.env.HUSLY_DIST;
// The pages a visit may begin on: PAGES in xtask/src/prerender.rs, the one list.
const PAGES = (process.env.HUSLY_PAGES ?? '').split(' ').filter(Boolean);
if (!base || !dist || !PAGES.length) throw new Error('HUSLY_URL, HUSLY_DIST and HUSLY_PAGES must be set: run this through `cargo xtask dist`');
// index.html without its preloads of the app's script and wasm (Trunk.toml): a prerendered page
// is read without them, and they must not compete with its first paint.
const PRELOAD = /<link rel="(?:modulepreload|preload)" href="[^"]*\.(?:js|wasm)"[^>]*>\s*/g;
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const template = shell.replace(PRELOAD, '');
if (template === shell) throw new Error('index.html preloads no script or wasm: see Trunk.toml');
const languages = JSON.parse(readFileSync(join(dist, '..', 'locales', 'languages.json'), 'utf8')).map(([id]) => id);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// What the app drew, with the state of every control written into its attributes (a selected
// option, a typed value), and each top-level element marked for the app to replace.
function snapshot() {
  for (const input of document.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
    else input.setAttribute('value', input.value);
  }
  for (const option of document.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
  for (const area of document.querySelectorAll('textarea')) area.textContent = area.value;
  const drawn = [...document.body.children].filter((el) => !['SCRIPT', 'NOSCRIPT'].includes(el.tagName));
  for (const el of drawn) el.setAttribute('data-prerendered', '');
  const root = document.documentElement;
  return {
    lang: root.lang,
    dir: root.dir,
    translate: root.getAttribute('translate'),
    title: document.title,
    body: drawn.map((el) => el.outerHTML).join(''),
    scripts: document.body.querySelectorAll('[data-prerendered] script').length,
    styles: document.body.querySelectorAll('[data-prerendered] [style]').length,
  };
}

function page(shot) {
  const html = template
    .replace(
      /<html[^>]*>/,
      `<html lang="${escape(shot.lang)}" dir="${escape(shot.dir)}"${shot.translate ? ` translate="${escape(shot.translate)}"` : ''} data-prerendered="${escape(shot.lang)}">`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(shot.title)}</title>`)
    .replace(/<body>/, `<body>${shot.body}`);
  if (!html.includes('data-prerendered=""')) throw new Error('index.html has no <body> to fill');
  return html;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let written = 0;
try {
  for (const lang of languages) {
    // One fresh context per language: nothing saved by one page shows on another.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO', serviceWorkers: 'block' });
    // Tells the app it draws for the build (src/prerendered.rs): what only a prerendered page
    // needs is drawn too.
    await context.addInitScript(() => {
      window.huslyPrerendering = true;
    });
    for (const path of PAGES) {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(new URL(`${path}?lang=${lang}`, base).href);
      await tab.waitForFunction(
        (lang) => window.huslyDrawn && document.documentElement.lang === lang && !document.documentElement.classList.contains('language-loading') && document.querySelector('main h1'),
        lang,
      );
      await tab.waitForLoadState('networkidle');
      const shot = await tab.evaluate(snapshot);
      if (errors.length) throw new Error(`${path} in ${lang}: ${errors.join('; ')}`);
      // The server's content security policy allows neither inline scripts nor style attributes.
      if (shot.scripts || shot.styles) throw new Error(`${path} in ${lang}: the page holds a script or a style attribute`);
      const file = join(dist, 'prerendered', lang, path === '/' ? 'index.html' : `${path.slice(1)}.html`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, page(shot));
      written++;
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`prerendered ${written} pages (${PAGES.length} pages in ${languages.length} languages)`);
