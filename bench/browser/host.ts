/**
 * The benchmark host inside Chromium, where the playground runs learner programs: the
 * benchmark runs in a dedicated worker, like the runner (or on the page, for the heap), and
 * hands its figures to the driver (chromium.mjs), which writes the file.
 */
import type { BenchHost } from "../host-types";

/** Chromium's own heap figure, on the page only, precise with --enable-precise-memory-info. */
interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}

declare const __BENCH_BUILD__: string;

export const host: BenchHost = {
  // Headless Chromium's user agent hides the version: the driver, asking the browser, adds it.
  engine: typeof document === "undefined" ? "Chromium (dedicated worker)" : "Chromium (page)",
  build: __BENCH_BUILD__,
  cpuMs: () => null,
  heapAfterGc() {
    const gc = (globalThis as { gc?: () => void }).gc;
    const memory = (performance as PerformanceWithMemory).memory;
    if (!gc || !memory) return null;
    gc();
    return memory.usedJSHeapSize;
  },
  writeResults(name, results) {
    // On the page the driver listens through a function of its own; in a worker, messages.
    const report = (globalThis as { __benchReport?: (n: string, r: object) => void }).__benchReport;
    if (report) report(name, results);
    else postMessage({ kind: "results", name, results });
  },
};
