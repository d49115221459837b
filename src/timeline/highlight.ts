/**
 * What the timeline highlights for the store's selection and the lab: the selected greenlet's
 * lane; for a selected object, the lanes of the greenlets waiting on it at the cursor and the
 * segments where a greenlet was blocked on it; at an open choice point (being the hub), the
 * lanes of the greenlets that could run next. Pure.
 */
import { BLOCK, EV } from "../runtime/tracing/trace-kinds";
import { openChoice } from "../trace/model/choice-points";
import type { RunModel } from "../trace/model/run-model";
import { waitersOf } from "../trace/model/run-state";
import type { TimelineLayout } from "./layout";
import { isBlocked, reasonOf } from "./styles";

export interface Selection {
  greenlet: number | null;
  object: number | null;
}

/** The gids whose lanes the selection highlights at `step`, in gid order. */
export function highlightedLanes(model: RunModel, step: number, selection: Selection): number[] {
  if (selection.greenlet !== null) return [selection.greenlet];
  if (selection.object === null || model.stepCount === 0) return [];
  const at = Math.max(0, Math.min(step, model.stepCount - 1));
  return waitersOf(model.stateAt(at), selection.object)
    .map((g) => g.gid)
    .sort((a, b) => a - b);
}

/**
 * Whether segment `i` of lane `gid` is a wait on object `object` (a join waits on a greenlet,
 * whose gid is not an object id: never).
 */
export function blockedOn(layout: TimelineLayout, gid: number, i: number, object: number): boolean {
  const lane = layout.lanes[gid];
  const style = lane.styles.data[i];
  if (!isBlocked(style) || reasonOf(style) === BLOCK.JOIN) return false;
  const start = lane.starts.data[i];
  const [kind, , , id] = layout.model.wordsAt(start);
  return kind === EV.BLOCKED && id === object;
}

/**
 * The lanes of the candidates at the run's open choice point (the run stopped there for the
 * learner to choose), in gid order; none when there is no open choice. A timer that wakes no
 * greenlet is the hub's.
 */
export function candidateLanes(model: RunModel): number[] {
  const open = openChoice(model);
  if (open === undefined) return [];
  const gids = new Set(open.candidates.map((c) => c.gid));
  return [...gids].sort((a, b) => a - b);
}
