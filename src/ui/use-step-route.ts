import { useEffect } from "react";
import type { AppStore } from "../store/app-store";
import { splitStep, withStep } from "../store/step-route";
import { useAppStore } from "./store-context";

/** Runs the program open now and puts the cursor at `step` when the run ends. */
async function runTo(store: AppStore, step: number): Promise<void> {
  await store.getState().run();
  const { model } = store.getState();
  if (model !== null && model.stepCount > 0) {
    store.getState().setStep(step);
    store.getState().revealInspector();
  }
}

/** A run opened by another route is going on: put the cursor at `step` once it ends. */
function goWhenDone(store: AppStore, step: number): void {
  const runs = store.getState().finishedRuns;
  const unsubscribe = store.subscribe((state) => {
    if (state.finishedRuns === runs) return;
    unsubscribe();
    if (state.model !== null && state.model.stepCount > 0) {
      state.setStep(step);
      state.revealInspector();
    }
  });
}

function replaceHash(hash: string): void {
  const { pathname, search } = window.location;
  if (hash === window.location.hash) return;
  window.history.replaceState(window.history.state, "", `${pathname}${search}${hash}`);
}

/**
 * The cursor's step in the address (`#lesson/<id>?step=N`, step-route.ts): opening such a link
 * runs the program and puts the cursor there; moving the cursor afterwards rewrites the step in
 * place (replaceState, so history holds one entry, not one per step); a new run drops it.
 */
export function useStepRoute(): void {
  const store = useAppStore();
  useEffect(() => {
    const follow = () => {
      const { step } = splitStep(window.location.hash);
      if (step === null || step === store.getState().step) return;
      const { model, status } = store.getState();
      if (model !== null && model.finished && status === "idle") store.getState().setStep(step);
      else if (status === "idle") void runTo(store, step);
      else goWhenDone(store, step);
    };
    follow();
    window.addEventListener("hashchange", follow);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.status === "running" && previous.status !== "running") {
        replaceHash(withStep(window.location.hash, null));
      } else if (
        state.step !== previous.step &&
        state.status === "idle" &&
        // The step a run ends on is its outcome, not a place the learner chose.
        state.finishedRuns === previous.finishedRuns &&
        state.step >= 0
      ) {
        replaceHash(withStep(window.location.hash, state.step));
      }
    });
    return () => {
      window.removeEventListener("hashchange", follow);
      unsubscribe();
    };
  }, [store]);
}
