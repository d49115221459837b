/** What a benchmark needs from the engine it runs in (host.ts: Node; browser/host.ts: Chromium). */
export interface BenchHost {
  /** The engine and its version, for the results file. */
  readonly engine: string;
  /** How the measured code was compiled. */
  readonly build: string;
  /** Milliseconds of CPU time this process used so far, or null where the engine cannot say. */
  cpuMs(): number | null;
  /** Bytes of JavaScript heap in use after a full collection, or null where unavailable. */
  heapAfterGc(): number | null;
  /** Record the figures as bench/results/NAME (the browser's driver writes the file). */
  writeResults(name: string, results: object): void;
}
