import { describe, expect, it } from "vitest";
import type { EncodedTrace } from "../runtime/run";
import { EV, MAIN_GID, TRACE_VERSION } from "../runtime/tracing/trace-kinds";
import { stallReport, stoppedGreenlet } from "./stall-report";

const event = (kind: number, gid: number, a = 0, b = 0, site = 0) => [
  kind | (gid << 8),
  a,
  b,
  site,
];

function traceOf(
  events: number[][],
  strings: string[],
  sites: Array<[number, number]>,
): EncodedTrace {
  return { version: TRACE_VERSION, words: new Uint32Array(events.flat()), strings, sites };
}

describe("the stall report", () => {
  it("names the greenlet switched to last, and the line where it last stopped", () => {
    const trace = traceOf(
      [
        event(EV.CREATED, 2, MAIN_GID, 0, 1),
        event(EV.OBJ_NAMED, 2, 0, 1, 1),
        event(EV.STARTED, 2, 2, 0, 0),
        event(EV.BLOCKED, 2, 1, 0, 2),
        event(EV.SWITCH, MAIN_GID, 2, 0, 1),
      ],
      ["", "g", "spinner()"],
      [
        [0, 0],
        [3, 1],
        [7, 5],
      ],
    );
    expect(stallReport(trace, 2000)).toEqual({ limitMs: 2000, greenlet: "g (spinner())", line: 7 });
  });

  it("does not take an object's name for the greenlet that named it", () => {
    const trace = traceOf(
      [
        event(EV.OBJ_NAMED, 2, 40, 1, 0),
        event(EV.STARTED, 2, 2, 0, 0),
        event(EV.SWITCH, MAIN_GID, 2, 0, 0),
      ],
      ["", "queue", "worker()"],
      [[0, 0]],
    );
    expect(stallReport(trace, 1).greenlet).toBe("worker()");
  });

  it("blames main when nothing ever switched", () => {
    const trace = traceOf([event(EV.OUTPUT, MAIN_GID, 1, 0, 0)], ["", "hi"], [[0, 0]]);
    expect(stallReport(trace, 500)).toEqual({ limitMs: 500, greenlet: "main", line: null });
  });

  it("falls back to the greenlet's id when the trace never named it", () => {
    const trace = traceOf([event(EV.SWITCH, MAIN_GID, 5, 0, 0)], [""], [[0, 0]]);
    expect(stallReport(trace, 1).greenlet).toBe("#5");
  });
});

describe("the greenlet a limit stopped", () => {
  it("is the one the trace's last error event is about, by name", () => {
    const trace = traceOf(
      [
        event(EV.CREATED, 2, MAIN_GID, 0, 0),
        event(EV.OBJ_NAMED, 2, 0, 1, 0),
        event(EV.STARTED, 2, 2, 0, 0),
        event(EV.ERROR, 2, 3, 3, 0),
      ],
      ["", "spinner", "spin()", "RunLimitError"],
      [[0, 0]],
    );
    expect(stoppedGreenlet(trace)).toBe("spinner (spin())");
    expect(stoppedGreenlet(traceOf([], [""], [[0, 0]]))).toBeNull();
  });
});
