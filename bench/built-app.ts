/**
 * What the browser benchmarks share: the production build served on 127.0.0.1 and a headless
 * Chromium (the system's, as the tests use) to open it, both closed however the benchmark ends.
 */
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium, type Browser } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium.mjs";

/** Runs `use` with a browser while the build in `outDir` is served at http://127.0.0.1:`port`/. */
export async function withBuiltApp<T>(
  { port, outDir = "dist" }: { port: number; outDir?: string },
  use: (browser: Browser) => Promise<T>,
): Promise<T> {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`no production build in ${outDir}: run \`npm run build\` first`);
  }
  const server = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: "127.0.0.1" },
    logLevel: "silent",
  });
  const browser = await chromium.launch({
    executablePath: findChromium()?.executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

export const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The value at fraction `p` (0.5: the median) of `values`, sorted. */
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** The machine's load average (1, 5, 15 minutes): the figures depend on it. */
export const loadAverage = () => loadavg().map((l) => round(l, 2));
