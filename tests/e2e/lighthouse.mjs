// Lighthouse, mobile (its default: a mid-range phone on slow 4G, simulated), in Debian's
// Chromium against the real server: the start page, the needs check's first question and the
// estimates, in Norwegian and in Arabic, three runs each, the median run by performance score
// kept. Fails when a page misses its threshold (below), and
// writes the figures to tests/e2e/artifacts/lighthouse.json for BENCHMARKS.md.
//
// Run by `cargo xtask test` (and `cargo xtask lighthouse`) with HUSLY_URL set to the server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

// Each language named in the address: Lighthouse's browser asks for English, and the server
// would answer a bare address in English.
const PAGES = [
  ['start page (nb)', '/?lang=nb'],
  ['start page (ar)', '/?lang=ar'],
  ['needs check, first question (nb)', '/needs-check/tonight?lang=nb'],
  ['needs check, first question (ar)', '/needs-check/tonight?lang=ar'],
  ['estimates (nb)', '/estimates?lang=nb'],
  ['estimates (ar)', '/estimates?lang=ar'],
];
const RUNS = 3;
// Accessibility and best practices have no noise: anything below 100 is a defect. Performance is
// simulated from the trace and moves between runs and machines (88 to 95 measured for these
// pages, BENCHMARKS.md; the estimates page's blocking time varies most); the threshold sits under
// that, so noise passes and a real regression fails. Bytes have their own, tighter budgets
// (first-load.mjs, xtask/src/test.rs). Lowered from 85 to 80 by
// issue 14: the estimates page measured 85 as its median of three (runs 79 to 87, blocking time
// 356 to 465 ms) after the interpreter view, the glossary and the municipality lookup, so 85
// failed on noise.
// Lowered from 80 to 62 by issue 16 (municipality profiles: +76 KB brotli; 68-76 measured).
// Raised to 88 by issue 17: the entry pages are prerendered and painted before the app arrives
// (and a first visit's start page never loads it), so on a quiet machine the medians were
// 97-100 (single runs 87-100; the estimates' blocking time moves most). 88 catches a real
// regression without failing on a noisy run; the aim (below) is what is reported.
const MINIMUM = { performance: 0.88, accessibility: 1, 'best-practices': 1 };
// Layout shift: the app takes a prerendered page over in place, with no shift at all
// (first-paint.spec.ts asserts 0 with the app held back and released). Here the median of the
// three runs' shifts is held to it, so a shift the page makes on most loads fails; one run of
// three shifting (0.016 on the Arabic first question, once, in a CI run in December 2026; not
// again in 16 Lighthouse runs of that page on the same kind of machine) is printed with the
// elements Lighthouse blames, and kept in the figures, so that it can be found, without failing
// the build on one trace.
const MAXIMUM_CLS = 0.01;
// What issue 17 aims at, reported for every page (`aim` in the figures), whatever the threshold.
const AIM = { performance: 98, lcp_ms: 1500, tbt_ms: 100, cls: 0 };

const base = process.env.HUSLY_URL;
if (!base) throw new Error('HUSLY_URL is not set: run this through `cargo xtask test`');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The elements Lighthouse found shifting in a run, with their share of its layout shift. */
const shifted = (lhr) =>
  (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({
    element: item.node?.selector ?? item.node?.snippet ?? '(not an element)',
    snippet: item.node?.snippet,
    score: Number(item.score.toFixed(4)),
    causes: (item.subItems?.items ?? []).map((sub) => sub.cause ?? sub.extra?.value ?? '').filter(Boolean),
  }));
const clsOf = (lhr) => Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3));

const median = (runs) => [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor(runs.length / 2)];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const report = [];
const failures = [];
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    // A run Lighthouse itself could not complete (now and then NO_NAVSTART: its trace missed the
    // navigation) is run again, up to three times in all for the page; it is never a score.
    for (let attempt = 0; runs.length < RUNS; attempt++) {
      const result = await lighthouse(new URL(path, base).href, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: Object.keys(MINIMUM),
      });
      const error = result.lhr.runtimeError;
      if (!error) {
        runs.push(result.lhr);
      } else if (attempt - runs.length >= 2) {
        throw new Error(`${name}: Lighthouse could not complete a run: ${error.code}: ${error.message}`);
      } else {
        console.log(`${name}: run again after ${error.code}`);
      }
    }
    const lhr = median(runs);
    const audit = (id) => lhr.audits[id].numericValue;
    const row = {
      page: name,
      path,
      scores: Object.fromEntries(Object.keys(MINIMUM).map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
      performance_runs: runs.map((r) => Math.round(r.categories.performance.score * 100)),
      fcp_ms: Math.round(audit('first-contentful-paint')),
      lcp_ms: Math.round(audit('largest-contentful-paint')),
      tbt_ms: Math.round(audit('total-blocking-time')),
      cls: clsOf(lhr),
      cls_runs: runs.map(clsOf),
      speed_index_ms: Math.round(audit('speed-index')),
      transfer_bytes: Math.round(audit('total-byte-weight')),
      lighthouse: lhr.lighthouseVersion,
      chromium: lhr.environment.hostUserAgent.match(/Chrome\/[0-9.]+/)?.[0],
      benchmark_index: lhr.environment.benchmarkIndex,
    };
    row.aim_missed = [
      row.scores.performance < AIM.performance && `performance ${row.scores.performance} < ${AIM.performance}`,
      row.lcp_ms > AIM.lcp_ms && `LCP ${row.lcp_ms} ms > ${AIM.lcp_ms}`,
      row.tbt_ms > AIM.tbt_ms && `TBT ${row.tbt_ms} ms > ${AIM.tbt_ms}`,
      row.cls > AIM.cls && `CLS ${row.cls} > ${AIM.cls}`,
    ].filter(Boolean);
    // Every run that shifted, with what shifted in it.
    row.shifts = runs.filter((r) => clsOf(r) > 0).map((r) => ({ cls: clsOf(r), elements: shifted(r) }));
    report.push(row);
    console.log(JSON.stringify(row));
    console.log(`${name}: ${row.aim_missed.length ? `aim missed: ${row.aim_missed.join(', ')}` : 'aim met'}`);
    const usualShift = [...row.cls_runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    if (usualShift > MAXIMUM_CLS) {
      failures.push(`${name}: layout shift in most runs (${row.cls_runs.join(', ')}) > ${MAXIMUM_CLS}: ${JSON.stringify(row.shifts)}`);
    } else if (row.shifts.length) {
      console.log(`${name}: layout shift in ${row.shifts.length} run(s) of ${RUNS}, not in the others: ${JSON.stringify(row.shifts)}`);
    }
    for (const [category, minimum] of Object.entries(MINIMUM)) {
      const score = lhr.categories[category].score;
      if (score < minimum) {
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[category].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        failures.push(`${name}: ${category} ${Math.round(score * 100)} < ${minimum * 100}; audits below full marks: ${failed.join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
}
const out = join(dirname(fileURLToPath(import.meta.url)), 'artifacts', 'lighthouse.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
