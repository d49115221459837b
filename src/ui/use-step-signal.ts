import { useEffect } from "react";
import type { AppState } from "../store/app-store";
import { selectStepLine } from "../store/step-views";
import { useAppStore } from "./store-context";

function publish(state: AppState): void {
  const { model, step } = state;
  const body = document.body.dataset;
  body.step = String(step);
  body.steps = String(model?.stepCount ?? 0);
  body.stepLine = String(selectStepLine(state));
}

/**
 * Publishes the cursor on <body> beside the run state, for tests and tools: `data-step` (from
 * 0, -1 with none), `data-steps` (the run's step count) and `data-step-line` (the line of the
 * greenlet running at the cursor, or of the one the step concerns; 0 when none). Straight from
 * the store, in the same frame as the views.
 */
export function useStepSignal(): void {
  const store = useAppStore();
  useEffect(() => {
    publish(store.getState());
    return store.subscribe((state, previous) => {
      if (
        state.step !== previous.step ||
        state.model !== previous.model ||
        state.modelVersion !== previous.modelVersion
      ) {
        publish(state);
      }
    });
  }, [store]);
}
