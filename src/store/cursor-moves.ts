/** Where each cursor move lands, read from the run's model. Pure. */
import type { RunModel } from "../trace/model/run-model";

export type CursorMove =
  | "first"
  | "last"
  | "next"
  | "previous"
  | "next-switch"
  | "previous-switch"
  /** The next or previous step of the selected greenlet. */
  | "next-of-greenlet"
  | "previous-of-greenlet";

/** `step` brought within the model's steps (-1 when there are none). */
export function clampStep(model: RunModel | null, step: number): number {
  const count = model?.stepCount ?? 0;
  if (count === 0 || !Number.isFinite(step)) return count === 0 ? -1 : 0;
  return Math.max(0, Math.min(Math.floor(step), count - 1));
}

export function moveCursor(
  model: RunModel | null,
  step: number,
  move: CursorMove,
  greenlet: number | null,
): number {
  if (model === null || model.stepCount === 0) return -1;
  const last = model.stepCount - 1;
  const from = clampStep(model, step);
  switch (move) {
    case "first":
      return 0;
    case "last":
      return last;
    case "next":
      return Math.min(from + 1, last);
    case "previous":
      return Math.max(from - 1, 0);
    case "next-switch":
      return model.nextSwitch(from) ?? last;
    case "previous-switch":
      return model.prevSwitch(from) ?? 0;
    case "next-of-greenlet":
      return greenlet === null ? from : (model.nextStepOf(greenlet, from) ?? from);
    case "previous-of-greenlet":
      return greenlet === null ? from : (model.prevStepOf(greenlet, from) ?? from);
  }
}
