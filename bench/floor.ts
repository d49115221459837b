/**
 * The floor every runtime figure is compared with: two bare generators taking turns through a
 * minimal trampoline, the cheapest switch JavaScript has. The issues give it on their reference
 * machine (29 ns per switch), so an aim in nanoseconds is also an aim in floors, which a shared,
 * unevenly loaded machine can measure: a benchmark and the floor run alternately, and each pair
 * gives one ratio under one load.
 */
import { host } from "./host";

/** Switches of one floor run. */
export const FLOOR_SWITCHES = 1_000_000;
/** The floor on the issues' reference machine, ns per switch (issue 3). */
export const REFERENCE_FLOOR_NS = 29;

/** Two generators taking turns through a minimal trampoline, `n` switches in all. */
export function trampoline(n: number): number {
  function* side(): Generator<number, void, unknown> {
    for (let i = 0; i < n / 2; i++) yield 0;
  }
  const queue = [side(), side()];
  let switches = 0;
  while (queue.length > 0) {
    const g = queue.shift()!;
    if (!g.next().done) queue.push(g);
    switches++;
  }
  return switches;
}

export interface BesideFloor<T> {
  /** The best floor run, ms. */
  floorMs: number;
  /** The benchmark's best run, ms, its CPU ms (null where the engine gives none), its result. */
  bestMs: number;
  bestCpuMs: number | null;
  value: T;
  /** Median over the pairs of (benchmark ns per op) / (floor ns per switch). */
  ratio: number;
}

/**
 * Runs `fn` (doing `ops` operations) and the floor alternately: `warmup` untimed pairs first
 * (Chromium's V8 reaches its optimising tiers only after a few runs), then `runs` timed pairs.
 */
export function besideFloor<T>(
  fn: () => T,
  ops: number,
  { runs, warmup }: { runs: number; warmup: number },
): BesideFloor<T> {
  for (let i = 0; i < warmup; i++) {
    trampoline(FLOOR_SWITCHES);
    fn();
  }
  const ratios: number[] = [];
  const out: BesideFloor<T> = {
    floorMs: Infinity,
    bestMs: Infinity,
    bestCpuMs: null,
    value: undefined as T,
    ratio: NaN,
  };
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    trampoline(FLOOR_SWITCHES);
    const floorMs = performance.now() - t0;
    const c0 = host.cpuMs();
    t0 = performance.now();
    const value = fn();
    const ms = performance.now() - t0;
    const c1 = host.cpuMs();
    ratios.push(ms / ops / (floorMs / FLOOR_SWITCHES));
    out.floorMs = Math.min(out.floorMs, floorMs);
    if (ms < out.bestMs) {
      out.bestMs = ms;
      out.value = value;
    }
    if (c0 !== null && c1 !== null) out.bestCpuMs = Math.min(out.bestCpuMs ?? Infinity, c1 - c0);
  }
  ratios.sort((a, b) => a - b);
  out.ratio = ratios[Math.floor(ratios.length / 2)];
  return out;
}
