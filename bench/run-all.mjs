#!/usr/bin/env node
// `npm run bench [NAME...]`: runs every bench/*.bench.ts (or those whose file name contains a
// NAME) in its own Node process, one at a time so they do not compete for the two cores.
// Benchmarks are not tests: they measure and write bench/results/*.json; the figures go into
// the closing notes.
//
// The runtime's benchmarks run the runtime as the playground ships it: built by Vite and
// minified, like public/runner/runner.js, and not through tsx. tsx compiles with esbuild's
// keepNames, which redefines every class's `name`; V8 then constructs instances of a class
// without field initialisers on a slow path (README.md), so tsx figures would describe neither
// the browser nor the code's own choices.
//
// Those two then run again in Chromium (browser/chromium.mjs), in a dedicated worker as the
// runner does: results NAME.chromium.json beside Node's NAME.json. BENCH_NODE_ONLY=1 skips it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { runInChromium } from "./browser/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const BUILT = new Set(["runtime.bench.ts", "primitives.bench.ts", "model.bench.ts"]);
const outDir = join(here, ".build");
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const toBuild = files.filter((f) => BUILT.has(f));
if (toBuild.length > 0) {
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    publicDir: false,
    logLevel: "warn",
    root: join(here, ".."),
    build: {
      ssr: true,
      target: "es2022",
      minify: true,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: {
        input: Object.fromEntries(toBuild.map((f) => [f.replace(/\.ts$/, ""), join(here, f)])),
        output: { entryFileNames: "[name].mjs", format: "es" },
      },
    },
  });
}

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}${BUILT.has(file) ? " (built by Vite, minified)" : ""}`);
  const entry = BUILT.has(file)
    ? [join(outDir, file.replace(/\.ts$/, ".mjs"))]
    : ["--import", "tsx", join(here, file)];
  const r = spawnSync(process.execPath, ["--expose-gc", ...entry], {
    stdio: "inherit",
    env: {
      ...process.env,
      BENCH_RESULTS_DIR: join(here, "results"),
      ...(BUILT.has(file) ? { BENCH_BUILD: "vite, minified (as public/runner/runner.js)" } : {}),
    },
  });
  if (r.status !== 0) failed++;
}

// The same benchmarks in Chromium: the playground runs learner programs there, in a worker.
if (toBuild.length > 0 && !process.env.BENCH_NODE_ONLY) {
  try {
    await runInChromium(toBuild, join(here, "results"));
  } catch (e) {
    console.error(e);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
