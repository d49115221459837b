import { describe, expect, it } from "vitest";
import { momentLinks, resolveMoment } from "./moments";
import { runSource } from "./test-run";

const EVENT = [
  'import { joinall, sleep, spawn } from "gevent";',
  'import { Event } from "gevent/event";',
  "const evt = new Event();",
  'function* setter() { yield* sleep(1); print("set"); evt.set(); }',
  'function* waiter() { yield* evt.wait(); print("woke"); }',
  "yield* joinall([spawn(setter), spawn(waiter), spawn(waiter)]);",
].join("\n");
const run = runSource(EVENT);
const at = (seq: number | null) => (seq === null ? null : run.events[seq]);

describe("resolveMoment", () => {
  it("finds the first event that matches every field the moment sets", () => {
    const set = at(resolveMoment({ event: "state", object: "evt", value: 1 }, run.events));
    expect(set).toMatchObject({ kind: 15, value: 1, time: 1 });
    const line = at(resolveMoment({ event: "output", line: "set" }, run.events));
    expect(line).toMatchObject({ text: "set", time: 1 });
  });

  it("counts occurrences with nth, and says null when the run has fewer", () => {
    const second = resolveMoment({ event: "woken", object: "evt", nth: 2 }, run.events);
    const first = resolveMoment({ event: "woken", object: "evt" }, run.events);
    expect(second).not.toBeNull();
    expect(first).toBeLessThan(second as number);
    expect(at(first)?.gid).not.toBe(at(second)?.gid);
    expect(resolveMoment({ event: "woken", object: "evt", nth: 3 }, run.events)).toBeNull();
    expect(resolveMoment({ event: "output", line: "never" }, run.events)).toBeNull();
  });

  it("names greenlets and objects as the lessons do: by function, call, variable or label", () => {
    const started = resolveMoment({ event: "started", greenlet: "waiter" }, run.events);
    const byLabel = resolveMoment({ event: "started", greenlet: "waiter #3" }, run.events);
    expect(started).toBe(byLabel);
    const blocked = at(resolveMoment({ event: "blocked", reason: "event_wait" }, run.events));
    expect(blocked?.gid).toBe(at(started)?.gid);
    const toSetter = at(
      resolveMoment({ event: "switch", greenlet: "hub", to: "setter" }, run.events),
    );
    expect(toSetter).toMatchObject({ kind: 4, gid: 0 });
    expect(resolveMoment({ event: "blocked", object: "nothing-named-so" }, run.events)).toBeNull();
  });
});

describe("momentLinks", () => {
  it("lists the moments a text links to, and nothing else", () => {
    const text =
      "At [the moment set() runs](#moment/set), then [again](#moment/set-2); [x](#other).";
    expect(momentLinks(text)).toEqual(["set", "set-2"]);
  });
});
