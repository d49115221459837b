import { describe, expect, it } from "vitest";
import {
  BLOCK,
  EV,
  EV_ENCODED,
  GREENLET_TYPE,
  HUB_GID,
  MAIN_GID,
  NO_LIMIT,
  SWITCH_MODE,
  SWITCH_RAW_BLOCKED,
} from "../runtime/tracing/trace-kinds";
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
      [1, EV.SWITCH, 0],
      [2, EV.CLOCK, 0.5],
      [3, EV.WOKEN, 0.5],
      [4, EV.OUTPUT, 0.5],
      [5, EV.CLOCK, 2.25],
      [6, EV.OUTPUT, 2.25],
    ]);
  });

  it("restores the events the encoding implies: switches to the hub, sleep(0)'s wake-up, a raw switch's block", () => {
    const G = 4;
    const trace = encodeForTests(
      [
        [EV.BLOCKED, G, BLOCK.YIELD, 0, 1],
        [EV.BLOCKED, MAIN_GID, BLOCK.JOIN, G, 2],
        [EV.SWITCH, G, MAIN_GID, SWITCH_MODE.THROW | SWITCH_RAW_BLOCKED, 1],
        [EV.SWITCH, HUB_GID, G, SWITCH_MODE.VALUE, 0],
      ],
      [""],
      [
        [0, 0],
        [3, 9],
        [7, 11],
      ],
    );
    const picked = decodeTrace(trace).map((e) => [
      e.kind,
      e.gid,
      e.kind === EV.SWITCH ? [e.to, e.mode] : e.kind === EV.WOKEN ? e.waker : null,
      e.line,
    ]);
    expect(picked).toEqual([
      [EV.BLOCKED, G, null, 3],
      [EV.WOKEN, G, G, 3],
      [EV.SWITCH, G, [HUB_GID, SWITCH_MODE.VALUE], 3],
      [EV.BLOCKED, MAIN_GID, null, 7],
      [EV.SWITCH, MAIN_GID, [HUB_GID, SWITCH_MODE.VALUE], 7],
      [EV.BLOCKED, G, null, 3],
      [EV.SWITCH, G, [MAIN_GID, SWITCH_MODE.THROW], 3],
      [EV.SWITCH, HUB_GID, [G, SWITCH_MODE.VALUE], 0],
    ]);
    expect(decodeTrace(trace)[5]).toMatchObject({ kind: EV.BLOCKED, reason: BLOCK.RAW_SWITCH });
  });

  it("restores a queue's count after each item that enters or leaves it", () => {
    const Q = 9;
    const trace = encodeForTests(
      [
        [EV.OBJ_STATE, MAIN_GID, Q, 0, 0],
        [EV_ENCODED.ITEM_IN_COUNTED, MAIN_GID, Q, 1, 0],
        [EV_ENCODED.ITEM_IN_COUNTED, MAIN_GID, Q, 2, 0],
        [EV_ENCODED.ITEM_OUT_COUNTED, 3, Q, 1, 0],
      ],
      ["", "a", "b"],
    );
    const picked = decodeTrace(trace).map((e) => [
      e.kind,
      e.gid,
      e.kind === EV.OBJ_STATE
        ? e.value
        : e.kind === EV.ITEM_IN || e.kind === EV.ITEM_OUT
          ? e.item
          : null,
    ]);
    expect(picked).toEqual([
      [EV.OBJ_STATE, MAIN_GID, 0],
      [EV.ITEM_IN, MAIN_GID, "a"],
      [EV.OBJ_STATE, MAIN_GID, 1],
      [EV.ITEM_IN, MAIN_GID, "b"],
      [EV.OBJ_STATE, MAIN_GID, 2],
      [EV.ITEM_OUT, 3, "a"],
      [EV.OBJ_STATE, 3, 1],
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
