import type { Hub } from "./hub";

/**
 * The hub of the run in progress. Runs never overlap in one JavaScript realm (a run is one
 * synchronous call), so the learner-facing functions (`spawn`, `sleep`, `new Queue()`) find
 * their hub here instead of being handed it.
 */
let current: Hub | null = null;

export function activeHub(): Hub {
  if (current === null) throw new Error("no coroutine run is in progress");
  return current;
}

export function setActiveHub(hub: Hub | null): void {
  current = hub;
}
