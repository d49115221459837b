import { describe, expect, it } from "vitest";
import { MODULES } from "../compile/modules";
import { moduleNames } from "../runtime/api/index";

describe("the learner's module names", () => {
  it("are the same for the compile step (which may not import the runtime) and the runtime", () => {
    expect([...MODULES].sort()).toEqual(moduleNames().sort());
  });
});
