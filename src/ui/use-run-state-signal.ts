import { useEffect } from "react";
import { useAppState } from "./store-context";

/**
 * Publishes the run state on <body> for tests and tools, which wait on it, never on sleeps:
 * `data-run-state` is "idle" or "running"; `data-runs-finished` counts the runs that ended;
 * `data-step` is the cursor's step (-1: none).
 */
export function useRunStateSignal(): void {
  const status = useAppState((s) => s.status);
  const finishedRuns = useAppState((s) => s.finishedRuns);
  const step = useAppState((s) => s.step);
  useEffect(() => {
    document.body.dataset.runState = status;
    document.body.dataset.runsFinished = String(finishedRuns);
  }, [status, finishedRuns]);
  useEffect(() => {
    document.body.dataset.step = String(step);
  }, [step]);
}
