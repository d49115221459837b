import { describe, expect, it } from "vitest";
import { stackLine } from "./stack-line";

describe("stackLine", () => {
  it("reads the innermost program.ts frame of a V8 stack", () => {
    const error = new Error("boom");
    error.stack =
      "Error: boom\n    at helper (/repo/src/runtime/x.ts:3:1)\n    at task (program.ts:12:5)\n    at eval (program.ts:30:1)";
    expect(stackLine(error)).toBe(12);
  });

  it("reads a Firefox-style frame", () => {
    expect(stackLine({ stack: "task@program.ts:7:3\n@program.ts:9:1" })).toBe(7);
  });

  it("returns 0 when there is no learner frame or no stack", () => {
    expect(stackLine(new Error("x"))).toBe(0);
    expect(stackLine("a string")).toBe(0);
    expect(stackLine(null)).toBe(0);
  });
});
