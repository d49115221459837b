import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LESSONS, lessonById } from "./lesson-catalog";
import { EXAMPLE_PROBLEMS, EXAMPLES, exampleNameOf, exampleNumber } from "./lesson-examples";
import { lessonHref, parseRoute } from "./lesson-route";

const repo = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, repo), "utf8");
const sharedIndex = new URL("../shared/conformance/index.json", repo);

describe("the examples catalog", () => {
  it("loads all 31 tutorial programs, numbered 1 to 31 in order, with no problem", () => {
    expect(EXAMPLE_PROBLEMS).toEqual([]);
    expect(EXAMPLES.map((e) => exampleNumber(exampleNameOf(e.id)!))).toEqual(
      Array.from({ length: 31 }, (_, i) => i + 1),
    );
  });

  // CI has ../shared; the app has only the copies in conformance/originals.
  it.runIf(existsSync(sharedIndex))(
    "has every program of the conformance index, copied verbatim",
    () => {
      const index = JSON.parse(readFileSync(sharedIndex, "utf8")) as Array<{ name: string }>;
      expect(EXAMPLES.map((e) => exampleNameOf(e.id))).toEqual(index.map((e) => e.name));
      for (const { name } of index) {
        for (const ext of ["py", "out"]) {
          expect(read(`conformance/originals/${name}.${ext}`), `${name}.${ext}`).toBe(
            readFileSync(new URL(`../shared/conformance/${name}.${ext}`, repo), "utf8"),
          );
        }
      }
    },
  );

  it("opens each with its port, its Python original and real gevent's output", () => {
    for (const example of EXAMPLES) {
      const name = exampleNameOf(example.id)!;
      expect(example.kind).toBe("example");
      expect(example.program).toBe(read(`conformance/ports/${name}.ts`));
      expect(example.original).toBe(read(`conformance/originals/${name}.py`));
      expect(example.expectedOut).toBe(read(`conformance/originals/${name}.out`));
      expect(example.exercise).toBeNull();
    }
  });

  it("titles each in both languages, no two alike", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const titles = EXAMPLES.map((e) => e.title[locale]);
      expect(new Set(titles).size, locale).toBe(titles.length);
    }
    for (const example of EXAMPLES) {
      expect(example.title["zh-CN"]).not.toBe(example.title.en);
      expect(example.text.en.startsWith(`# ${example.title.en}\n`)).toBe(true);
      expect(example.text["zh-CN"].startsWith(`# ${example.title["zh-CN"]}\n`)).toBe(true);
    }
  });

  it("is found by id and address, apart from the lessons", () => {
    for (const example of EXAMPLES) {
      expect(lessonById(example.id)).toBe(example);
      expect(parseRoute(lessonHref(example.id))).toEqual({ kind: "lesson", id: example.id });
      expect(LESSONS).not.toContain(example);
    }
    for (const lesson of LESSONS) expect(exampleNameOf(lesson.id)).toBeNull();
  });

  it("has every example a lesson draws on", () => {
    const names = new Set(EXAMPLES.map((e) => exampleNameOf(e.id)));
    for (const lesson of LESSONS) {
      for (const name of lesson.examples)
        expect(names.has(name), `${lesson.id}: ${name}`).toBe(true);
    }
  });
});
