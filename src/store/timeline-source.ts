/**
 * What the timeline's canvas reads, from the run's model through src/timeline: the layout of
 * a model (one per model, grown as its batches arrive), frames, hit tests, ticks and the words
 * for tooltips; and the whole run as Chrome Trace Event JSON for Perfetto. The canvas calls
 * these on its animation frames, never on React renders.
 */
import type { ChoicePoint } from "../trace/model/choice-points";
import type { RunModel } from "../trace/model/run-model";
import { explain } from "../trace/narration/explain";
import type { Lang } from "../trace/narration/lang";
import { streamChromeTrace } from "../trace/perfetto-stream";
import { TimelineFrame } from "../timeline/frame";
import { TimelineLayout } from "../timeline/layout";
import type { AppState } from "./app-store";

export { hitTest } from "../timeline/hit-test";
export { blockedOn, candidateLanes, highlightedLanes } from "../timeline/highlight";
export { ticks, tickLabel } from "../timeline/ticks";
export {
  LEGEND_STYLES,
  arrowKey,
  cursorAt,
  describeMark,
  describeSegment,
  isOpenChoice,
  laneLabel,
  markKey,
  styleWords,
} from "../timeline/describe";

/** A choice point's candidates as the lab's options word them, and whether each was chosen. */
export function choiceLines(
  layout: TimelineLayout,
  choice: ChoicePoint,
  lang: Lang,
): Array<{ text: string; chosen: boolean }> {
  return choice.candidates.map((_, i) => ({
    text: explain(layout.model, choice.step + 1 + i, lang),
    chosen: choice.chosen === i,
  }));
}

const layouts = new WeakMap<RunModel, TimelineLayout>();

/** The layout of the current run's model (call its `update` to read what arrived since), or null. */
export function selectTimelineLayout(state: AppState): TimelineLayout | null {
  return layoutOf(state.model);
}

/** The layout of `model` (one per model: the lab's pinned run keeps the one it had), or null. */
export function layoutOf(model: RunModel | null): TimelineLayout | null {
  if (model === null) return null;
  let layout = layouts.get(model);
  if (layout === undefined) {
    layout = new TimelineLayout(model);
    layouts.set(model, layout);
  }
  return layout;
}

export const newTimelineFrame = () => new TimelineFrame();

/**
 * The last run's whole trace as Chrome Trace Event JSON (one track per greenlet, flow arrows for
 * switches), in chunks, streamed from the run's model as `play --trace` does, or null.
 */
export function chromeTraceChunks(state: AppState): string[] | null {
  if (state.model === null || state.trace === null) return null;
  return chromeTraceOf(state.model);
}

/** `model`'s run as Chrome Trace Event JSON, in chunks. */
export function chromeTraceOf(model: RunModel): string[] {
  const chunks: string[] = [];
  streamChromeTrace(model, (chunk) => void chunks.push(chunk));
  return chunks;
}
