// The runtime's benchmarks inside Chromium, the engine the playground runs learner programs in:
// each benchmark is built by Vite and minified, as the runner ships, with browser/host.ts as its
// host, and runs in a dedicated worker on a blank page. The heap per idle greenlet is measured
// on the page (a worker has no heap figure). Figures go to bench/results/NAME.chromium.json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build } from "vite";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/find-chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = join(here, "..");
const outDir = join(benchDir, ".build", "chromium");
const BUILD = "vite, minified (as public/runner/runner.js)";

/** One benchmark as a single classic script, its `./host` import swapped for the browser's. */
async function bundle(entry, name) {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: "warn",
    root: join(benchDir, ".."),
    define: { __BENCH_BUILD__: JSON.stringify(BUILD) },
    plugins: [
      {
        name: "bench-browser-host",
        enforce: "pre",
        resolveId(source, importer) {
          if (source === "./host" && importer && dirname(importer) === benchDir) {
            return join(here, "host.ts");
          }
          return null;
        },
      },
    ],
    build: {
      target: "es2022",
      minify: true,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      rollupOptions: {
        input: entry,
        output: { entryFileNames: `${name}.js`, format: "iife" },
      },
    },
  });
  return readFileSync(join(outDir, `${name}.js`), "utf8");
}

/** Runs `code` in a dedicated worker; resolves with the results it reports. */
function inWorker(page, code) {
  return page.evaluate(
    (source) =>
      new Promise((resolve, reject) => {
        const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
        const worker = new Worker(url);
        worker.onmessage = (e) => {
          if (e.data?.kind === "results") resolve(e.data);
        };
        worker.onerror = (e) => reject(new Error(e.message));
      }),
    code,
  );
}

/** Runs `code` on the page itself; resolves with the results it reports. */
function onPage(page, code) {
  return page.evaluate(
    (source) =>
      new Promise((resolve, reject) => {
        globalThis.__benchReport = (name, results) => resolve({ name, results });
        try {
          (0, eval)(source);
        } catch (e) {
          reject(e);
        }
      }),
    code,
  );
}

const chromiumName = (file) => file.replace(/\.json$/, ".chromium.json");

/**
 * Runs the given benchmark files (runtime, primitives, model) in Chromium and writes
 * their results. Returns false when no Chromium is found.
 */
export async function runInChromium(files, resultsDir) {
  const found = findChromium();
  if (!found) {
    console.log("No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): skipping its runs.");
    return false;
  }
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc", "--enable-precise-memory-info"],
  });
  try {
    for (const file of files) {
      const name = file.replace(/\.ts$/, "");
      console.log(`\n== ${file} in Chromium (dedicated worker, ${BUILD})`);
      const page = await browser.newPage();
      await page.goto("about:blank");
      const { name: resultsName, results } = await inWorker(
        page,
        await bundle(join(benchDir, file), name),
      );
      if (file === "runtime.bench.ts") {
        const heap = await onPage(
          page,
          await bundle(join(here, "idle-heap.page.ts"), "idle-heap.page"),
        );
        results.idle_heap_bytes_per_greenlet = heap.results.idle_heap_bytes_per_greenlet;
        results.idle_heap_measured_on = "the page (a worker has no heap figure)";
      }
      await page.close();
      results.engine = `Chromium ${browser.version()} (dedicated worker)`;
      const text = JSON.stringify(results, null, 2) + "\n";
      writeFileSync(join(resultsDir, chromiumName(resultsName)), text);
      console.log(text);
    }
  } finally {
    await browser.close();
  }
  return true;
}
