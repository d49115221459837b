import { describe, expect, it } from "vitest";
import type { AxisKind } from "../../timeline/axis";
import type { TimeScale } from "../../timeline/time-scale";
import { WindowLink, type LinkedTimeline } from "./window-link";

/** A member that records what the link tells it. */
function member(ends: Record<AxisKind, number>) {
  const seen: string[] = [];
  let shown: { kind: AxisKind; scale: TimeScale | null } = { kind: "steps", scale: null };
  const m: LinkedTimeline = {
    axisEnd: (kind) => ends[kind],
    followWindow: (kind, scale) => {
      shown = { kind, scale };
      seen.push(`follow ${kind} ${scale === null ? "fit" : scale.start}`);
    },
    linkChanged: () => void seen.push("changed"),
    window: () => shown,
  };
  return { m, seen };
}

const scale = (start: number) => ({ start, span: 1, width: 100 }) as unknown as TimeScale;

describe("timelines stacked on one axis", () => {
  it("fits the longest run of the stack, on either axis", () => {
    const link = new WindowLink();
    const a = member({ time: 1, steps: 40 });
    const b = member({ time: 0.5, steps: 70 });
    link.join(a.m);
    expect(link.end("time")).toBe(1);
    const leave = link.join(b.m);
    expect(link.end("time")).toBe(1);
    expect(link.end("steps")).toBe(70);
    leave();
    expect(link.end("steps")).toBe(40);
  });

  it("moves the others to a member's window, and not the member itself", () => {
    const link = new WindowLink();
    const a = member({ time: 1, steps: 1 });
    const b = member({ time: 1, steps: 1 });
    link.join(a.m);
    link.join(b.m);
    link.moved(a.m, "time", scale(0.25));
    expect(b.seen).toContain("follow time 0.25");
    expect(a.seen.filter((s) => s.startsWith("follow"))).toEqual([]);
    link.moved(b.m, "steps", null);
    expect(a.seen).toContain("follow steps fit");
  });

  it("tells the others when one's run changes or it joins, and hands a joiner their window", () => {
    const link = new WindowLink();
    const a = member({ time: 1, steps: 1 });
    link.join(a.m);
    a.m.followWindow("time", scale(0.5));
    const b = member({ time: 1, steps: 1 });
    link.join(b.m);
    expect(a.seen).toContain("changed");
    expect(link.windowFor(b.m)).toEqual({ kind: "time", scale: scale(0.5) });
    a.seen.length = 0;
    link.changed(b.m);
    expect(a.seen).toEqual(["changed"]);
    expect(link.windowFor(a.m)?.kind).toBe("steps");
  });
});
