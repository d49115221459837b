import type { Hub } from "./hub";
import type { RunContext } from "./run-context";

/**
 * The hub and the context of the run in progress. Runs never overlap in one JavaScript realm (a
 * run is one synchronous call, or one a choice when it stops for the learner to choose, and
 * each call sets these), so the learner-facing functions (`spawn`, `sleep`, `new Queue()`,
 * `print`) find them here instead of being handed them.
 */
let current: Hub | null = null;
let currentRun: RunContext | null = null;

export function activeHub(): Hub {
  if (current === null) throw new Error("no coroutine run is in progress");
  return current;
}

export function setActiveHub(hub: Hub | null): void {
  current = hub;
}

export function activeRun(): RunContext {
  if (currentRun === null) throw new Error("no coroutine run is in progress");
  return currentRun;
}

export function setActiveRun(run: RunContext | null): void {
  currentRun = run;
}
