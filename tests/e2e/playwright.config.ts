// Playwright drives Debian's Chromium (never a downloaded browser) against the real server,
// which `cargo xtask test` starts on a free port and passes in HUSLY_URL.
import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.HUSLY_URL;
if (!baseURL) {
  throw new Error('HUSLY_URL is not set: run the end-to-end tests with `cargo xtask test`');
}

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two Chromiums and the server share two cores, so a journey can take far longer than on a
  // quiet machine; how long a test takes is not what these tests measure (first-paint's timing
  // test and Lighthouse do, alone).
  timeout: 90_000,
  reporter: [['list']],
  use: {
    baseURL,
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'nb-NO',
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Keep Chromium off the closed network; --no-sandbox because CI runs as root.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'journeys', grepInvert: /@timing/ },
    // What measures the main thread's tasks runs after every other test, one at a time, so no
    // other Chromium competes for the cores while it measures (in the full run, beside the
    // other tests, the app's start measured 184-297 ms where alone it is under 100 ms).
    { name: 'timing', grep: /@timing/, dependencies: ['journeys'], workers: 1 },
  ],
});
