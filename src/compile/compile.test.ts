import { describe, expect, it } from "vitest";
import { compile } from "./index";
import { evaluate } from "./evaluate";
import { compiled, recordingEnv, runRecorded } from "./test-env";

function* yieldOnce(value: unknown) {
  yield value;
  return value;
}
const gevent = { sleep: (s: number) => yieldOnce(`sleep ${s}`), spawn: () => "greenlet" };

/** Runs a program that throws and returns the learner line the error's stack points at. */
function thrownLine(source: string): number {
  const { env } = recordingEnv({ gevent });
  try {
    const iterator = evaluate(compiled(source))(env);
    while (!iterator.next().done);
  } catch (error) {
    // The learner line of the innermost program.ts frame (what the runtime's stackLine reads).
    const match = /program\.ts:(\d+):\d+/.exec((error as Error).stack ?? "");
    return match ? Number(match[1]) : 0;
  }
  throw new Error("the program did not throw");
}

describe("compile keeps the learner's lines", () => {
  it("reports an error thrown after multi-line types and imports on its own line", () => {
    const source = [
      "import {", //                                   1
      "  sleep,", //                                   2
      "  type Operation,", //                          3
      '} from "gevent";', //                           4
      "interface Job {", //                            5
      "  id: number;", //                              6
      "  name:", //                                    7
      "    string;", //                                8
      "}", //                                          9
      "function* run(", //                             10
      "  job: Job,", //                                11
      "  when: Array<", //                             12
      "    number", //                                 13
      "  >,", //                                       14
      "): Generator<unknown, void, unknown> {", //     15
      "  yield* sleep(when[0]);", //                   16
      "  throw new Error(`job ${job.name}`);", //      17
      "}", //                                          18
      'yield* run({ id: 1, name: "a" }, [1]);', //     19
    ].join("\n");
    expect(thrownLine(source)).toBe(17);
  });

  it("reports a throw on the first line, where the frame's code sits too", () => {
    expect(thrownLine('import { sleep } from "gevent"; throw new Error("first");')).toBe(1);
  });

  it("keeps lines with Windows line endings", () => {
    expect(
      thrownLine("const a: number = 1;\r\nconst b: string = 'x';\r\nthrow new Error('third');"),
    ).toBe(3);
  });

  it("compiles to one expression ending with the program's source URL", () => {
    const { code } = compiled("print(1);");
    expect(code.startsWith("(function* (env) {")).toBe(true);
    expect(code.endsWith("//# sourceURL=program.ts")).toBe(true);
  });
});

describe("compile marks every yield* site", () => {
  it("lists each yield* with the line and column of its keyword, after erased types", () => {
    const source = [
      'import { sleep } from "gevent";',
      "function* task(n: number): Generator<unknown, void> {",
      "  const x: number = 1; yield* sleep(x);",
      "}",
      "yield* task(1);",
      "  yield* sleep(`${2}`.length as number); yield* sleep(3);",
    ].join("\n");
    const { program, calls } = runRecorded(source, { gevent });
    const siteOf = (id: number) => program.sites[id];
    const yieldSites = calls.filter(([hook]) => hook === "__s").map(([, id]) => siteOf(Number(id)));
    expect(yieldSites).toEqual([
      [5, 1],
      [3, 24],
      [6, 3],
      [6, 42],
    ]);
    expect(program.sites[0]).toEqual([0, 0]);
  });

  it("allows yield* at the top level and passes the yielded values through", () => {
    const { yielded } = runRecorded(
      'import { sleep } from "gevent";\nyield* sleep(1);\nyield* sleep(2);',
      {
        gevent,
      },
    );
    expect(yielded).toEqual(["sleep 1", "sleep 2"]);
  });
});

describe("compile resolves imports through env", () => {
  it("supports named, aliased, namespace and bare imports", () => {
    const source = [
      'import { sleep, spawn as start } from "gevent";',
      'import * as time from "time";',
      'import "gevent/monkey";',
      "print(typeof sleep, start(), time.now());",
    ].join("\n");
    const { printed, calls } = runRecorded(source, { gevent, time: { now: () => 42 } });
    expect(printed).toEqual(["function greenlet 42"]);
    expect(calls.filter(([hook]) => hook === "__import").map(([, name]) => name)).toEqual([
      "gevent",
      "time",
      "gevent/monkey",
    ]);
  });

  it("drops type-only imports", () => {
    const { calls } = runRecorded('import type { Operation } from "gevent";\nprint(1);');
    expect(calls.some(([hook]) => hook === "__import")).toBe(false);
  });

  it("names an unknown module and its line", () => {
    const result = compile('print(1);\nimport { x } from "gevent/nope";');
    expect(result).toEqual({
      ok: false,
      error: {
        message: expect.stringContaining('unknown module "gevent/nope"'),
        line: 2,
        column: 19,
      },
    });
  });

  it("refuses a default import and suggests a namespace import", () => {
    const result = compile('import gevent from "gevent";');
    expect(result.ok ? "" : result.error.message).toContain('import * as gevent from "gevent"');
  });

  it("lets the program declare its own print and range", () => {
    const { printed } = runRecorded(
      "function range(n: number) { return [n]; }\nconst out = range(7);\nprint(out[0]);",
    );
    expect(printed).toEqual(["7"]);
  });

  it("drops export in front of a declaration and refuses export default", () => {
    expect(runRecorded("export function f() { return 3; }\nprint(f());").printed).toEqual(["3"]);
    expect(compile("export default 1;")).toMatchObject({
      ok: false,
      error: { line: 1, column: 1 },
    });
  });
});

describe("compile reports syntax it cannot run", () => {
  it("gives line and column of a syntax error", () => {
    expect(compile("const a = 1;\nconst b: number = ;\n")).toEqual({
      ok: false,
      error: { message: "Unexpected token", line: 2, column: 19 },
    });
  });

  it("gives the learner's column for an error found after type erasure", () => {
    const result = compile("let a: number = 1;\nlet b: string = '', a: number = 2;");
    expect(result).toMatchObject({ ok: false, error: { line: 2, column: 21 } });
    expect(result.ok ? "" : result.error.message).toContain("already been declared");
  });

  it.each([
    ["an enum", "const x = 1;\nenum Color { Red }", 2, "enums"],
    ["a namespace", "namespace N {\n  export const a = 1;\n}", 1, "namespaces"],
    [
      "a parameter property",
      "class A {\n  constructor(private n: number) {}\n}",
      2,
      "parameter properties",
    ],
    [
      "a readonly parameter property",
      "class A { constructor(readonly n: number) {} }",
      1,
      "parameter properties",
    ],
  ])("refuses %s with its line", (_what, source, line, word) => {
    const result = compile(source);
    expect(result).toMatchObject({ ok: false, error: { line } });
    expect(result.ok ? "" : result.error.message).toContain(word);
  });

  it("accepts declare fields, declare namespaces, as const and ordinary classes", () => {
    const source = [
      "declare namespace Env { const debug: boolean; }",
      "class Box { declare tag: string; private value = 1; readonly size = 2; get v(): number { return this.value; } }",
      "const modes = ['a', 'b'] as const;",
      "print(new Box().v, modes.length);",
    ].join("\n");
    expect(runRecorded(source).printed).toEqual(["1 2"]);
  });
});
