import { describe, expect, it } from "vitest";
import { getcurrent, sleep, spawn } from "../api/gevent";
import { greenlet } from "../api/greenlet";
import { decodeEvents } from "../primitives-testing";
import { runTest } from "../testing";
import { BLOCK, EV, HUB_GID, MAIN_GID, SWITCH_MODE } from "./trace-kinds";

/** The switch-related events of a run, decoded: [kind, gid, a]. */
function switching(r: ReturnType<typeof runTest>): Array<[number, number, number]> {
  return decodeEvents(r)
    .filter((e) => e.kind === EV.BLOCKED || e.kind === EV.WOKEN || e.kind === EV.SWITCH)
    .map((e) => [e.kind, e.gid, e.a]);
}

describe("the trace's compact encoding", () => {
  it("writes two events for a sleep(0) and decodes them to blocked, woken, to the hub and back", () => {
    const r = runTest(function* () {
      yield* sleep(0);
    });
    const empty = runTest(function* () {});
    expect(r.events - empty.events).toBe(2);
    const events = switching(r);
    expect(events.slice(events.findIndex(([kind]) => kind === EV.BLOCKED))).toEqual([
      [EV.BLOCKED, MAIN_GID, BLOCK.YIELD],
      [EV.WOKEN, MAIN_GID, MAIN_GID],
      [EV.SWITCH, MAIN_GID, HUB_GID],
      [EV.SWITCH, HUB_GID, MAIN_GID],
    ]);
  });

  it("decodes a raw switch's one SWITCH to the switcher's block on RAW_SWITCH, then the switch", () => {
    const r = runTest(function* () {
      const main = getcurrent();
      const g = greenlet(function* () {
        yield* main.switch("back");
      });
      yield* g.switch();
    });
    const events = decodeEvents(r);
    const rawBlocks = events.filter((e) => e.kind === EV.BLOCKED && e.a === BLOCK.RAW_SWITCH);
    expect(rawBlocks.map((e) => e.gid)).toEqual([MAIN_GID, MAIN_GID + 1]);
    const afterEachBlock = rawBlocks.map((b) => events[events.indexOf(b) + 1]);
    expect(afterEachBlock.map((e) => [e.kind, e.gid, e.a, e.b])).toEqual([
      [EV.SWITCH, MAIN_GID, MAIN_GID + 1, SWITCH_MODE.START],
      [EV.SWITCH, MAIN_GID + 1, MAIN_GID, SWITCH_MODE.VALUE],
    ]);
  });

  it("keeps a waiting greenlet's switch to the hub before the hub runs anything else", () => {
    const r = runTest(function* (print) {
      spawn(() => print("child"));
      yield* sleep(1);
    });
    const events = decodeEvents(r);
    const block = events.findIndex((e) => e.kind === EV.BLOCKED && e.gid === MAIN_GID);
    expect(events[block + 1]).toMatchObject({ kind: EV.SWITCH, gid: MAIN_GID, a: HUB_GID });
  });
});
