/**
 * What the overlay highlights, from the store: the lanes of the selection (the greenlet
 * selected, or the waiters at the cursor of the object selected), the stretches of the frame
 * where a greenlet waited on that object, and the lanes of the candidates while the learner,
 * being the hub, has a choice to make. Kept for its inputs: the overlay redraws on every
 * pointer move, the waiters change only with the cursor or the selection.
 */
import type { AppState } from "../../store/app-store";
import { blockedOn, candidateLanes, highlightedLanes } from "../../store/timeline-source";
import type { TimelineFrame } from "../../timeline/frame";
import type { TimelineLayout } from "../../timeline/layout";

export interface Highlight {
  /** Gids, in gid order. */
  lanes: number[];
  candidates: number[];
  /** Stretches of lanes (rows of the frame, plot pixels) blocked on the object selected. */
  waits: Array<{ row: number; x0: number; x1: number }>;
}

export class OverlayHighlight {
  private key = "";
  private layoutSeen: TimelineLayout | null = null;
  private lanes: number[] = [];
  private candidates: number[] = [];

  /**
   * The highlight of `layout`'s run in `frame`. `primary`: the current run's view, where the
   * cursor, the object selected and the lab's open choice belong; another run's view
   * highlights the greenlet selected alone.
   */
  of(state: AppState, layout: TimelineLayout, frame: TimelineFrame, primary: boolean): Highlight {
    const object = primary ? state.selectedObject : null;
    const hub = primary && state.hubMode && state.status === "idle";
    const key = [layout.stepCount, state.step, state.selectedGreenlet, object, hub].join(":");
    if (key !== this.key || this.layoutSeen !== layout) {
      this.key = key;
      this.layoutSeen = layout;
      const selection = { greenlet: state.selectedGreenlet, object };
      this.lanes = highlightedLanes(layout.model, state.step, selection);
      this.candidates = hub ? candidateLanes(layout.model) : [];
    }
    return {
      lanes: this.lanes,
      candidates: this.candidates,
      waits: waitsOn(layout, frame, object),
    };
  }
}

/** The frame's single-segment runs where a greenlet was blocked on `object`. */
function waitsOn(layout: TimelineLayout, frame: TimelineFrame, object: number | null) {
  const waits: Highlight["waits"] = [];
  if (object === null) return waits;
  frame.rows.forEach((gid, row) => {
    const runs = frame.runs[row];
    for (let k = 0; k < runs.length; k++) {
      const segment = runs.segment[k];
      if (segment >= 0 && blockedOn(layout, gid, segment, object)) {
        waits.push({ row, x0: runs.x0[k], x1: runs.x1[k] });
      }
    }
  });
  return waits;
}
