import { describe, expect, it } from "vitest";
import { BLOCK, EV, GREENLET_TYPE, HUB_GID, MAIN_GID, NO_LIMIT } from "../runtime/trace-kinds";
import { decodeTrace } from "./decode";
import { clockEvent, encodeForTests } from "./encode-for-tests";

describe("decodeTrace", () => {
  it("carries the virtual time forward from each CLOCK event", () => {
    const trace = encodeForTests(
      [
        [EV.BLOCKED, MAIN_GID, BLOCK.SLEEP, 0, 0],
        clockEvent(0.5),
        [EV.WOKEN, MAIN_GID, HUB_GID, 0, 0],
        [EV.OUTPUT, MAIN_GID, 1, 0, 0],
        clockEvent(2.25),
        [EV.OUTPUT, MAIN_GID, 1, 0, 0],
      ],
      ["", "hi"],
    );
    expect(decodeTrace(trace).map((e) => [e.seq, e.kind, e.time])).toEqual([
      [0, EV.BLOCKED, 0],
      [1, EV.CLOCK, 0.5],
      [2, EV.WOKEN, 0.5],
      [3, EV.OUTPUT, 0.5],
      [4, EV.CLOCK, 2.25],
      [5, EV.OUTPUT, 2.25],
    ]);
  });

  it("resolves strings, sites and the packed fields of each kind", () => {
    const strings = ["", "worker", "Task 1 done", "queue full"];
    const sites: Array<[number, number]> = [
      [0, 0],
      [12, 5],
    ];
    const trace = encodeForTests(
      [
        [EV.CREATED, 3, MAIN_GID | (GREENLET_TYPE.GREENLET << 24), 1, 1],
        [EV.OUTPUT, 3, 2, 0, 1],
        [EV.OUTPUT, 3, 3, 1, 0],
        [EV.TIMER_SCHEDULED, 3, 7, 1_500_000, 1],
        [EV.OBJ_LIMIT, 3, 9, NO_LIMIT, 0],
        [EV.OBJ_LIMIT, 3, 9, 3, 0],
      ],
      strings,
      sites,
    );
    const [created, out, err, timer, unbounded, bounded] = decodeTrace(trace);
    expect(created).toMatchObject({
      gid: 3,
      parent: MAIN_GID,
      greenletType: GREENLET_TYPE.GREENLET,
      name: "worker",
      line: 12,
      column: 5,
    });
    expect(out).toMatchObject({ text: "Task 1 done", stream: "stdout" });
    expect(err).toMatchObject({ text: "queue full", stream: "stderr", line: 0, column: 0 });
    expect(timer).toMatchObject({ timer: 7, delay: 1.5 });
    expect(unbounded).toMatchObject({ object: 9, limit: null });
    expect(bounded).toMatchObject({ object: 9, limit: 3 });
  });

  it("refuses a trace of another version and an unknown kind", () => {
    expect(() => decodeTrace({ ...encodeForTests([]), version: 99 })).toThrow(/version 99/);
    expect(() => decodeTrace(encodeForTests([[250, 1, 0, 0, 0]]))).toThrow(
      /unknown trace event kind 250/,
    );
  });
});

describe("the vocabulary", () => {
  it("decodes every kind of trace-kinds.ts (a new kind cannot be forgotten here)", () => {
    for (const kind of Object.values(EV)) {
      const trace = encodeForTests([[kind, MAIN_GID, 0, 0, 0]], ["", "x"]);
      expect(() => decodeTrace(trace)).not.toThrow();
    }
  });
});
