/**
 * Timelines stacked on one shared axis (the scheduler lab's pinned run above the run shown):
 * they show the same axis kind, fit the longest of their runs, and a zoom or pan of one moves
 * the others to the same window. Each member is a TimelineController.
 */
import type { AxisKind } from "../../timeline/axis";
import type { TimeScale } from "../../timeline/time-scale";

export interface LinkedTimeline {
  /** Where its run's axis of `kind` ends (0 with no run). */
  axisEnd(kind: AxisKind): number;
  /** Show the window `scale` on the axis `kind`, as another member of the link does. */
  followWindow(kind: AxisKind, scale: TimeScale | null): void;
  /** Another member's run changed: a fit of the shared axis may be due. */
  linkChanged(): void;
  /** Its axis, and its window unless it fits its run (null). */
  window(): { kind: AxisKind; scale: TimeScale | null };
}

export class WindowLink {
  private readonly members = new Set<LinkedTimeline>();

  join(member: LinkedTimeline): () => void {
    this.members.add(member);
    for (const m of this.members) if (m !== member) m.linkChanged();
    return () => {
      this.members.delete(member);
      for (const m of this.members) m.linkChanged();
    };
  }

  /** The furthest end among the members' runs on axis `kind`, so a fit shows every run whole. */
  end(kind: AxisKind): number {
    let end = 0;
    for (const m of this.members) end = Math.max(end, m.axisEnd(kind));
    return end;
  }

  /** The window another member shows, for `member` to start from (null: none, or it fits). */
  windowFor(member: LinkedTimeline): { kind: AxisKind; scale: TimeScale | null } | null {
    for (const m of this.members) if (m !== member) return m.window();
    return null;
  }

  /** `from` moved its window (null: back to fitting the runs): the others follow. */
  moved(from: LinkedTimeline, kind: AxisKind, scale: TimeScale | null): void {
    for (const m of this.members) if (m !== from) m.followWindow(kind, scale);
  }

  /** `from`'s run changed (a new run, its batches): the others refit if they follow the runs. */
  changed(from: LinkedTimeline): void {
    for (const m of this.members) if (m !== from) m.linkChanged();
  }
}
