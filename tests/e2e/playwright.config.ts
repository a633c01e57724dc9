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
});
