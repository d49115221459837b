/**
 * Browser tests: real Chromium (the system's, never downloaded) against the production build
 * served by `vite preview`. `npm run test:e2e` builds first.
 */
import { defineConfig, devices } from "@playwright/test";
import {
  APP_ORIGIN,
  APP_PORT,
  DEPLOY_FOLDER,
  SECOND_ORIGIN,
  SECOND_PORT,
  SUB_PATH,
} from "./e2e/origins";
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium.mjs";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Its own folder: Playwright empties its output folder, which also holds the unit report.
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: APP_ORIGIN,
    launchOptions: {
      executablePath: findChromium()?.executablePath,
      args: CHROMIUM_ARGS,
    },
    trace: "retain-on-failure",
    // The service worker would precache the whole build (12 MB) in every test; the offline
    // tests allow it (e2e/offline.spec.ts).
    serviceWorkers: "block",
  },
  webServer: [
    {
      command: `npx vite preview --port ${APP_PORT} --strictPort --host 127.0.0.1`,
      url: APP_ORIGIN,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Another origin: the build under a sub-path, the docs' host page that embeds the app (docs/embed-example.html), redeployments.
      command: `node scripts/static-server.mjs --port ${SECOND_PORT} ${SUB_PATH}=dist /host/=docs /deploy/=${DEPLOY_FOLDER}`,
      url: `${SECOND_ORIGIN}${SUB_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
