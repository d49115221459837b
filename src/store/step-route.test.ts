import { describe, expect, it } from "vitest";
import { parseRoute } from "./lesson-route";
import { splitStep, withStep } from "./step-route";

describe("the step in the address", () => {
  it("reads the step after a lesson route or a share link, and the fragment without it", () => {
    expect(splitStep("#lesson/event?step=12")).toEqual({ base: "#lesson/event", step: 12 });
    expect(splitStep("#v1/queue/N4Ig?step=0")).toEqual({ base: "#v1/queue/N4Ig", step: 0 });
    expect(splitStep("#lesson/event")).toEqual({ base: "#lesson/event", step: null });
  });

  it("ignores what is not a whole step number", () => {
    expect(splitStep("#lesson/event?step=-1").step).toBeNull();
    expect(splitStep("#lesson/event?step=1e3").step).toBeNull();
    expect(splitStep("#lesson/event?step=").step).toBeNull();
  });

  it("replaces the step, or removes it", () => {
    expect(withStep("#lesson/event?step=3", 4)).toBe("#lesson/event?step=4");
    expect(withStep("#lesson/event", 0)).toBe("#lesson/event?step=0");
    expect(withStep("#lesson/event?step=3", null)).toBe("#lesson/event");
    expect(withStep("", 5)).toBe("#?step=5");
  });

  it("leaves the lesson route readable with a step beside it", () => {
    expect(parseRoute("#lesson/event?step=7")).toEqual({ kind: "lesson", id: "event" });
    expect(parseRoute("#?step=7")).toEqual({ kind: "home" });
  });
});
