import { describe, expect, it } from "vitest";
import { lessonHref, parseRoute } from "./lesson-route";

describe("the lesson's URL", () => {
  it("reads the lesson id from #lesson/<id>", () => {
    expect(parseRoute("#lesson/event")).toEqual({ kind: "lesson", id: "event" });
    expect(parseRoute(lessonHref("spawn-joinall"))).toEqual({
      kind: "lesson",
      id: "spawn-joinall",
    });
  });

  it("sees no route in an empty fragment", () => {
    expect(parseRoute("")).toEqual({ kind: "home" });
    expect(parseRoute("#")).toEqual({ kind: "home" });
  });

  it("leaves share links and malformed ids to others", () => {
    expect(parseRoute("#v1/N4Ig")).toEqual({ kind: "other" });
    expect(parseRoute("#lesson/Not An Id")).toEqual({ kind: "other" });
    expect(parseRoute("#lesson/")).toEqual({ kind: "other" });
    expect(parseRoute("#lesson/%E0")).toEqual({ kind: "other" });
  });
});

describe("an example's URL", () => {
  it("opens the example by its conformance name, and is what lessonHref gives", () => {
    const route = parseRoute("#example/example_10_event_setter_waiters?step=4");
    expect(route).toEqual({ kind: "lesson", id: "example-10-event-setter-waiters" });
    expect(lessonHref("example-10-event-setter-waiters")).toBe(
      "#example/example_10_event_setter_waiters",
    );
  });

  it("leaves names that are no example's to others", () => {
    expect(parseRoute("#example/event")).toEqual({ kind: "other" });
    expect(parseRoute("#example/example_1_x")).toEqual({ kind: "other" });
    expect(parseRoute("#example/")).toEqual({ kind: "other" });
  });
});
