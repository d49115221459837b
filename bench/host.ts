/**
 * Where a benchmark runs, and what that place can measure: Node here. The same benchmark,
 * built for Chromium by run-all.mjs, gets browser/host.ts in its place (same exports), so one
 * file of measurements serves both engines.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchHost } from "./host-types";

export const host: BenchHost = {
  engine: `node ${process.version}`,
  cpuMs() {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  heapAfterGc() {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return null;
    gc();
    return process.memoryUsage().heapUsed;
  },
  /**
   * Write the figures to bench/results/NAME and echo them. A benchmark built by run-all.mjs
   * runs from bench/.build, so the runner names the results folder.
   */
  writeResults(name, results) {
    const dir =
      process.env.BENCH_RESULTS_DIR ?? fileURLToPath(new URL("./results/", import.meta.url));
    const text = JSON.stringify(results, null, 2) + "\n";
    writeFileSync(join(dir, name), text);
    console.log(text);
  },
  build: process.env.BENCH_BUILD ?? "tsx",
};
