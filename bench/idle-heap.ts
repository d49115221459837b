import type { BenchHost } from "./host-types";
import { joinall, sleep, spawn } from "../src/runtime/api/gevent";
import { runProgram } from "../src/runtime/run";

/**
 * Heap per idle greenlet, trace included: the heap after a full collection while `spawns`
 * greenlets sleep, less the heap before them, per greenlet. Null where the engine gives no
 * heap figure (a Chromium worker: the driver then measures on the page).
 */
export function idleHeapPerGreenlet(host: BenchHost, spawns: number): number | null {
  if (host.heapAfterGc() === null) return null;
  let perGreenlet: number | null = null;
  runProgram(function* () {
    const before = host.heapAfterGc()!;
    const gs = [];
    for (let i = 0; i < spawns; i++) gs.push(spawn(() => sleep(1)));
    yield* sleep(0.5);
    perGreenlet = (host.heapAfterGc()! - before) / spawns;
    yield* joinall(gs);
  });
  return perGreenlet;
}
