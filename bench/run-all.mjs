#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts in its own Node process (one at a time, so they
// do not compete for the two cores) and lists the result files they wrote. Benchmarks are not
// tests: they measure and write bench/results/*.json; the figures go into the closing notes.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(here, file)], {
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
