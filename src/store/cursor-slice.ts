/**
 * The run's cursor: the step the learner is looking at, shared by the timeline, the stepping
 * controls, the editor marks, the console and the inspector, and the greenlet or object
 * selected. Moving it reads the run's model; it never re-runs or re-decodes anything. Thin
 * actions over cursor-moves.ts.
 */
import type { AppSlice } from "./app-store";
import { clampStep, moveCursor, type CursorMove } from "./cursor-moves";

export interface CursorSlice {
  /** The current step (from 0), -1 while there is no step to show. */
  step: number;
  /** The greenlet selected in the inspector or the timeline. */
  selectedGreenlet: number | null;
  /** The object selected in the inspector or the timeline. */
  selectedObject: number | null;
  setStep(step: number): void;
  /** Move the cursor: by one step, to the next or previous switch, the ends, or the selected greenlet's steps. */
  moveCursor(move: CursorMove): void;
  selectGreenlet(gid: number | null): void;
  selectObject(id: number | null): void;
}

export function cursorSlice(): AppSlice<CursorSlice> {
  return (set, get) => ({
    step: -1,
    selectedGreenlet: null,
    selectedObject: null,
    setStep: (step) => {
      const next = clampStep(get().model, step);
      if (next !== get().step) set({ step: next });
    },
    moveCursor: (move) => {
      const { model, step, selectedGreenlet } = get();
      const next = moveCursor(model, step, move, selectedGreenlet);
      if (next !== step) set({ step: next });
    },
    selectGreenlet: (gid) => set({ selectedGreenlet: gid, selectedObject: null }),
    selectObject: (id) => set({ selectedObject: id, selectedGreenlet: null }),
  });
}
