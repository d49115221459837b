import { describe, expect, it } from "vitest";
import { compiled, runRecorded } from "./test-env";

function* yieldOnce(value: unknown) {
  yield value;
}
const gevent = { sleep: () => yieldOnce("slept"), spawn: () => "greenlet" };

describe("compile inserts the runtime hooks", () => {
  it("wraps bare call statements in __w with the call's site, but not yield* or assignments", () => {
    const source = [
      'import { sleep } from "gevent";',
      "sleep(1);",
      "yield* sleep(2);",
      "const s = sleep(3);",
      "  print(s === undefined);",
    ].join("\n");
    const { calls, program } = runRecorded(source, { gevent });
    const warnSites = calls
      .filter(([hook]) => hook === "__w")
      .map(([, id]) => program.sites[Number(id)]);
    expect(warnSites).toEqual([
      [2, 1],
      [5, 3],
    ]);
  });

  it("guards the body of every kind of loop, with or without braces", () => {
    const source = [
      "let n = 0;",
      "while (n < 2) n++;",
      "do { n++; } while (n < 4);",
      "for (let i = 0; i < 2; i++) {}",
      "for (const k in { a: 1 }) n++;",
      "for (const v of [1]) for (const w of [2]) n += v + w;",
    ].join("\n");
    const { calls, program } = runRecorded(source);
    const guarded = calls
      .filter(([hook]) => hook === "__lg")
      .map(([, id]) => program.sites[Number(id)]);
    expect(guarded).toEqual([
      [2, 1],
      [2, 1],
      [3, 1],
      [3, 1],
      [4, 1],
      [4, 1],
      [5, 1],
      [6, 1],
      [6, 22],
    ]);
  });

  it("names values from new and calls after the variable, field or property they go to", () => {
    const source = [
      "class Box { inner = new Map(); constructor() { this.label = String(1); } label: string; }",
      "const box = new Box();",
      "let count = Number('2');",
      "var later;",
      "later = Math.max(1, 2);",
      "const holder = { slot: 0 };",
      "holder.slot = Math.min(1, 2);",
      "const plain = 5;",
    ].join("\n");
    const { calls } = runRecorded(source);
    const names = calls.filter(([hook]) => hook === "__n").map(([, name]) => name);
    // Arguments are evaluated first, so the fields of `new Box()` are named before `box`.
    expect(names).toEqual(["inner", "label", "box", "count", "later", "slot"]);
  });

  it("keeps nested wrappers balanced where they share an offset", () => {
    const { code } = compiled("while (true) print(1)\nfor (;;) yield* f(yield* g())");
    expect(code).toContain("{ __lg(1); __w(__c(2), print(1)) }");
    expect(code).toContain("{ __lg(3); yield* __s(__c(4), f(yield* __s(__c(5), g()))) }");
  });
});
