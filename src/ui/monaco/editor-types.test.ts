/**
 * What the learner sees in the editor, checked in Node with the same declarations, options and
 * top-level reading as Monaco's TypeScript worker (editor-service.testing.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { declarationErrors, editorErrors, editorService } from "./editor-service.testing";

const LESSONS_DIR = fileURLToPath(new URL("../../../lessons", import.meta.url));

/** The type the editor shows on hover over the first `name` after `from` in `source`. */
function hoverText(source: string, name: string, from = 0): string {
  const service = editorService({ "/program.ts": source });
  const info = service.getQuickInfoAtPosition("/program.ts", source.indexOf(name, from));
  const display = ts.displayPartsToString(info?.displayParts);
  const docs = ts.displayPartsToString(info?.documentation);
  return `${display}\n${docs}`;
}

describe("the editor's types for learner programs", () => {
  it("opens every lesson program and solution without an error", () => {
    const programs: Record<string, string> = {};
    const index = JSON.parse(readFileSync(join(LESSONS_DIR, "index.json"), "utf8"));
    for (const id of index.lessons as string[]) {
      for (const name of readdirSync(join(LESSONS_DIR, id)).filter((n) => n.endsWith(".ts"))) {
        programs[`/${id}/${name}`] = readFileSync(join(LESSONS_DIR, id, name), "utf8");
      }
    }
    const service = editorService(programs);
    expect(Object.keys(programs).length).toBeGreaterThanOrEqual(index.lessons.length * 2);
    expect(declarationErrors(service)).toEqual([]);
    const errors = Object.keys(programs).flatMap((name) =>
      editorErrors(service, name).map((e) => `${name}:${e}`),
    );
    expect(errors).toEqual([]);
  });

  it("types a top-level yield* as the operation's result and does not flag it", () => {
    const source =
      'import { Queue } from "gevent/queue";\n' +
      "const q = new Queue<number>();\n" +
      "q.putNowait(1);\n" +
      "const item = yield* q.get();\n" +
      "function* twice(n: number) { return [n, n] as const; }\n" +
      "const pair = yield* twice(item);\n";
    const service = editorService({ "/program.ts": source });
    expect(editorErrors(service, "/program.ts")).toEqual([]);
    expect(hoverText(source, "item")).toContain("const item: number");
    expect(hoverText(source, "pair")).toContain("const pair: readonly [number, number]");
  });

  it("reports a real type error on the learner's own line", () => {
    const source =
      'import { sleep } from "gevent";\n\nyield* sleep("1");\nconst n: number = "x";\n';
    const errors = editorErrors(editorService({ "/program.ts": source }), "/program.ts");
    expect(errors).toEqual([
      expect.stringMatching(/^3: Argument of type 'string'/),
      expect.stringMatching(/^4: Type 'string' is not assignable to type 'number'/),
    ]);
  });

  it("accepts top-level yield* in a program without imports", () => {
    const source = "function* f() { return 1; }\nconst one: number = yield* f();\nprint(one);\n";
    expect(editorErrors(editorService({ "/program.ts": source }), "/program.ts")).toEqual([]);
  });

  it("still flags yield* inside a function that is not a generator", () => {
    const source = 'import { sleep } from "gevent";\nconst f = () => { yield* sleep(1); };\n';
    const errors = editorErrors(editorService({ "/program.ts": source }), "/program.ts");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith("2: "))).toBe(true);
  });

  it("shows the bilingual doc comment of spawn, print and Queue.get on hover", () => {
    const source =
      'import { spawn } from "gevent";\nimport { Queue } from "gevent/queue";\n' +
      "spawn(() => print(range(3)));\nconst q = new Queue<string>();\nyield* q.get();\n";
    expect(hoverText(source, "spawn", 40)).toMatch(/spawn<[\s\S]*Create a greenlet[\s\S]*— 创建/);
    expect(hoverText(source, "print")).toMatch(/one line[\s\S]*输出一行/);
    expect(hoverText(source, "get", source.indexOf("q.get"))).toMatch(/next item[\s\S]*取出/);
  });

  it("offers the modules of API.md, and none of the runtime's inner files, as import paths", () => {
    const source = 'import { sleep } from "";\n';
    const service = editorService({ "/program.ts": source });
    const completions = service.getCompletionsAtPosition(
      "/program.ts",
      source.indexOf('""') + 1,
      {},
    );
    const names = completions?.entries.map((e) => e.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(["gevent", "gevent/queue", "greenlet", "time"]));
    expect(names.filter((n) => n.includes("runtime"))).toEqual([]);
  });
});
