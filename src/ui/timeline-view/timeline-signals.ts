/**
 * What the timeline tells tests and tools: `data-timeline` on <body> ("pending" while a run
 * goes on or its timeline is not drawn yet, "painted" once the latest run's is), and on the
 * canvas the lanes shown, the wake-up arrows (origin lane and step, woken lane) and how many
 * marks of each kind the lanes hold (preemptions, choice points, ...), and on the canvas's
 * host the lanes highlighted, which a browser test reads instead of pixels.
 */
import type { AppState } from "../../store/app-store";
import { laneLabel, markKey } from "../../store/timeline-source";
import type { TimelineLayout } from "../../timeline/layout";
import type { Highlight } from "./overlay-highlight";

/** At most this many wake-ups are listed on the canvas. */
const LISTED_WAKES = 200;

export function publishPainted(state: AppState, painted: boolean): void {
  const done = painted && state.status === "idle";
  document.body.dataset.timeline = done ? "painted" : "pending";
  if (done) document.body.dataset.timelineRun = String(state.finishedRuns);
}

/** Lists the lanes and the first wake-ups on `canvas`; returns the lanes' labels. */
export function publishLanes(
  canvas: HTMLElement,
  layout: TimelineLayout,
  rows: readonly number[],
  final: boolean,
): string[] {
  const labels = rows.map((gid) => laneLabel(layout, gid));
  canvas.dataset.lanes = JSON.stringify(labels);
  if (final) {
    const { wakes, model } = layout;
    const listed = [];
    for (let k = 0; k < Math.min(wakes.length, LISTED_WAKES); k++) {
      listed.push({
        from: laneLabel(layout, wakes.originLanes.data[k]),
        at: wakes.originSteps.data[k],
        line: model.event(wakes.originSteps.data[k]).line,
        to: laneLabel(layout, model.gidAt(wakes.steps.data[k])),
        step: wakes.steps.data[k],
      });
    }
    canvas.dataset.wakes = JSON.stringify(listed);
    canvas.dataset.marks = JSON.stringify(markCounts(layout));
    canvas.dataset.steps = String(layout.stepCount);
  }
  return labels;
}

/**
 * `data-timeline-highlight`: the gids of the lanes the selection highlights; and
 * `data-timeline-candidates`: those of an open choice's candidates (comma-separated, "" none).
 */
export function publishHighlight(host: HTMLElement, highlight: Highlight | null): void {
  const lanes = highlight?.lanes.join(",") ?? "";
  const candidates = highlight?.candidates.join(",") ?? "";
  if (host.dataset.timelineHighlight !== lanes) host.dataset.timelineHighlight = lanes;
  if (host.dataset.timelineCandidates !== candidates) host.dataset.timelineCandidates = candidates;
}

/** How many marks of each kind the lanes hold, by lane label: `{"hub": {"choice": 3}}`. */
function markCounts(layout: TimelineLayout): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const lane of layout.lanes) {
    if (lane === undefined || lane.marks.length === 0) continue;
    const mine: Record<string, number> = {};
    for (let k = 0; k < lane.marks.length; k++) {
      const key = markKey(layout, lane.gid, lane.marks.data[k]);
      mine[key] = (mine[key] ?? 0) + 1;
    }
    counts[laneLabel(layout, lane.gid)] = mine;
  }
  return counts;
}
