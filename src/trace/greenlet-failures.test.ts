import { describe, expect, it } from "vitest";
import { EV } from "../runtime/tracing/trace-kinds";
import { encodeForTests, type RawEvent } from "./encode-for-tests";
import { greenletFailures } from "./greenlet-failures";

const STRINGS = [
  "",
  "Error: boom",
  '<Greenlet "w": bad(1)> failed with Error',
  "ValueError: handled",
  "RangeError: main",
  "a line",
];

describe("the greenlets that failed unhandled", () => {
  it("are listed with the line that threw and gevent's report, in order", () => {
    const events: RawEvent[] = [
      [EV.FAILED, 2, 1, 3, 0],
      [EV.OUTPUT, 2, 1, 1, 0],
      [EV.OUTPUT, 2, 2, 1, 0],
      [EV.SWITCH, 2, 0, 0, 0],
      [EV.FAILED, 4, 1, 9, 0],
      [EV.OUTPUT, 4, 1, 1, 0],
    ];
    expect(greenletFailures(encodeForTests(events, STRINGS))).toEqual([
      { gid: 2, line: 3, report: ["Error: boom", '<Greenlet "w": bad(1)> failed with Error'] },
      { gid: 4, line: 9, report: ["Error: boom"] },
    ]);
  });

  it("leave out a failure the program handled, main's failure and other greenlets' output", () => {
    const events: RawEvent[] = [
      [EV.FAILED, 3, 3, 5, 0],
      [EV.OUTPUT, 7, 5, 1, 0],
      [EV.SWITCH, 3, 0, 0, 0],
      [EV.FAILED, 1, 4, 8, 0],
      [EV.OUTPUT, 1, 4, 1, 0],
    ];
    expect(greenletFailures(encodeForTests(events, STRINGS))).toEqual([]);
  });
});
