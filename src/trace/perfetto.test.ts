import { describe, expect, it } from "vitest";
import { EV, GREENLET_TYPE, HUB_GID, MAIN_GID, SWITCH_MODE } from "../runtime/tracing/trace-kinds";
import { decodeTrace } from "./decode";
import { clockEvent, encodeForTests, type RawEvent } from "./encode-for-tests";
import { toChromeTrace, type ChromeTraceEvent } from "./perfetto";

const G = 2;
/** main spawns g, sleeps; the hub runs g, which prints; one second later main resumes. */
const RUN: RawEvent[] = [
  [EV.CREATED, HUB_GID, 0 | (GREENLET_TYPE.HUB << 24), 0, 0],
  [EV.CREATED, MAIN_GID, 0 | (GREENLET_TYPE.MAIN << 24), 0, 0],
  [EV.CREATED, G, HUB_GID | (GREENLET_TYPE.GREENLET << 24), 0, 1],
  [EV.OBJ_NAMED, G, 0, 1, 1],
  [EV.SWITCH, MAIN_GID, HUB_GID, SWITCH_MODE.VALUE, 2],
  [EV.SWITCH, HUB_GID, G, SWITCH_MODE.START, 0],
  [EV.OUTPUT, G, 2, 0, 3],
  [EV.SWITCH, G, HUB_GID, SWITCH_MODE.VALUE, 0],
  clockEvent(1),
  [EV.SWITCH, HUB_GID, MAIN_GID, SWITCH_MODE.VALUE, 0],
];

function exported(): ChromeTraceEvent[] {
  const trace = encodeForTests(
    RUN,
    ["", "worker", "hello"],
    [
      [0, 0],
      [3, 11],
      [4, 1],
      [7, 3],
    ],
  );
  return toChromeTrace(decodeTrace(trace)).traceEvents;
}

describe("toChromeTrace", () => {
  it("makes one named track per greenlet and one for the hub, named by reserved id, variable or call", () => {
    const names = exported()
      .filter((e) => e.name === "thread_name")
      .map((e) => [e.tid, e.args?.name]);
    expect(names).toEqual([
      [HUB_GID + 1, "Hub"],
      [MAIN_GID + 1, "main"],
      [G + 1, "worker #2"],
    ]);
  });

  it("draws a running slice per stretch and closes the last one at the end", () => {
    const slices = exported()
      .filter((e) => e.ph === "B" || e.ph === "E")
      .map((e) => [e.ph, e.tid - 1, e.ts]);
    expect(slices).toEqual([
      ["B", MAIN_GID, 0],
      ["E", MAIN_GID, 0],
      ["B", HUB_GID, 0],
      ["E", HUB_GID, 0],
      ["B", G, 0],
      ["E", G, 0],
      ["B", HUB_GID, 0],
      ["E", HUB_GID, 1_000_000],
      ["B", MAIN_GID, 1_000_000],
      ["E", MAIN_GID, 1_000_000],
    ]);
  });

  it("links each switch with a flow from the greenlet that stopped to the one that runs", () => {
    const flows = exported().filter((e) => e.ph === "s" || e.ph === "f");
    expect(flows.map((e) => [e.ph, e.id, e.tid - 1])).toEqual([
      ["s", 4, MAIN_GID],
      ["f", 4, HUB_GID],
      ["s", 5, HUB_GID],
      ["f", 5, G],
      ["s", 7, G],
      ["f", 7, HUB_GID],
      ["s", 9, HUB_GID],
      ["f", 9, MAIN_GID],
    ]);
    expect(flows.filter((e) => e.ph === "f").every((e) => e.bp === "e")).toBe(true);
  });

  it("marks output on the printing greenlet's track with its line, and where a greenlet stopped", () => {
    const events = exported();
    expect(events.find((e) => e.name === "print")).toMatchObject({
      ph: "i",
      tid: G + 1,
      args: { text: "hello", line: 7, column: 3 },
    });
    expect(events.find((e) => e.ph === "E" && e.tid === MAIN_GID + 1)?.args).toEqual({
      "stopped at": "line 4:1",
    });
  });
});
