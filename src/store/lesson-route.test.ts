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
