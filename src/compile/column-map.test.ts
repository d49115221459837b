import { describe, expect, it } from "vitest";
import { columnMapFromAlignment, identityColumns } from "./column-map";

describe("columnMapFromAlignment", () => {
  it("maps columns after a deleted type back to the learner's columns", () => {
    const map = columnMapFromAlignment("a\nconst x: number = f(x);", "a\nconst x = f(x);");
    const output = "const x = f(x);";
    expect(map.toSource(2, output.indexOf("f"))).toBe("const x: number = f(x);".indexOf("f"));
    expect(map.toSource(1, 0)).toBe(0);
  });

  it("matches kept words only as whole words", () => {
    const input = "class A { private readonly r = g(); }";
    const output = "class A {  r = g(); }";
    const map = columnMapFromAlignment(input, output);
    expect(map.toSource(1, output.indexOf("r ="))).toBe(input.indexOf("r ="));
    expect(map.toSource(1, output.indexOf("g("))).toBe(input.indexOf("g("));
  });

  it("falls back to the identity when line counts differ", () => {
    expect(columnMapFromAlignment("a\nb", "ab")).toBe(identityColumns);
  });
});
