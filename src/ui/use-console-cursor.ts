import { useAppState } from "./store-context";

/** The console's part in stepping: which lines the cursor has reached, and going to a line. */
export interface ConsoleCursor {
  /** The run's output index of the first line the console holds. */
  first: number;
  /** Lines printed up to and including the cursor's step. */
  through: number;
  /** The line printed at the cursor's step, -1 when the step printed none. */
  current: number;
  /** Moves the cursor to the step that printed line `index`. */
  pick(index: number): void;
}

/**
 * Where the stepping cursor stands in the console (`held` lines on screen, the last of the
 * run's output): null while no finished run is stepped through.
 */
export function useConsoleCursor(held: number): ConsoleCursor | null {
  const model = useAppState((s) => (s.status === "idle" ? s.model : null));
  const step = useAppState((s) => s.step);
  const setStep = useAppState((s) => s.setStep);
  if (model === null || step < 0) return null;
  const through = model.printedThrough(step);
  const current = through > 0 && model.outputStep(through - 1) === step ? through - 1 : -1;
  return {
    // The console holds the run's last lines (clearing the output drops the earlier ones).
    first: Math.max(0, model.outputCount - held),
    through,
    current,
    pick: (index) => {
      const at = model.outputStep(index);
      if (at !== undefined) setStep(at);
    },
  };
}
