/**
 * Opening a program at a step (`?step=N` in the address, an embed's autoplay): the step only
 * exists once the program has run, so the program runs as soon as the page has put it in the
 * editor, and the cursor moves to the step when that run ends.
 */
import type { AppStore } from "./app-store";

/** Runs once a lesson is open, then shows `step` (null: the run's last step, as after any run). */
export function runToStep(store: AppStore, step: number | null): void {
  const start = () => {
    void store
      .getState()
      .run()
      .then(() => {
        if (step !== null) store.getState().setStep(step);
      });
  };
  if (store.getState().lessonId !== null) return start();
  const unsubscribe = store.subscribe((state) => {
    if (state.lessonId === null) return;
    unsubscribe();
    start();
  });
}
