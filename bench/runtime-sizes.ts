/** Sizes of the runtime benchmarks (issue 3), shared by runtime.bench.ts and the page's heap run. */
export const SWITCHES = 1_000_000;
export const SPAWNS = 100_000;
