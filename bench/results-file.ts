import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Write a benchmark's figures to bench/results/NAME and echo them. A benchmark built by
 * run-all.mjs runs from bench/.build, so the runner names the results folder.
 */
export function writeResults(name: string, results: object): void {
  const dir =
    process.env.BENCH_RESULTS_DIR ?? fileURLToPath(new URL("./results/", import.meta.url));
  const text = JSON.stringify(results, null, 2) + "\n";
  writeFileSync(join(dir, name), text);
  console.log(text);
}
