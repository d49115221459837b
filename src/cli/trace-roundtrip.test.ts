import { describe, expect, it } from "vitest";
import { sleep, spawn } from "../runtime/api/gevent";
import { runTest } from "../runtime/testing";
import { EV } from "../runtime/tracing/trace-kinds";
import { decodeTrace } from "../trace/decode";

describe("a real run's trace", () => {
  it("decodes, abandoned greenlets included", () => {
    const r = runTest(function* (print) {
      spawn(() => sleep(5));
      yield* sleep(1);
      print("main ends while a greenlet sleeps");
    });
    const events = decodeTrace(r.trace);
    expect(events.some((e) => e.kind === EV.ABANDONED)).toBe(true);
    expect(events.filter((e) => e.kind === EV.OUTPUT)).toHaveLength(1);
    expect(events[events.length - 1].time).toBe(1);
  });
});
