import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignLines, likeness, lineWords } from "./line-alignment";

const lessonFile = (id: string, name: string) =>
  readFileSync(new URL(`../../../lessons/${id}/${name}`, import.meta.url), "utf8").split("\n");

/** The row of the TypeScript line holding `text`, as [ts line, py line]. */
function rowOf(rows: ReturnType<typeof alignLines>, ts: string[], py: string[], text: string) {
  const row = rows.find((r) => r.ts !== null && ts[r.ts].includes(text));
  return row === undefined
    ? null
    : [ts[row.ts!].trim(), row.py === null ? null : py[row.py].trim()];
}

describe("aligning a lesson's TypeScript with its Python", () => {
  it("reads the same words in both languages' spellings", () => {
    expect(likeness(lineWords("    evt.set()"), lineWords("  evt.set();"))).toBe(1);
    expect(likeness(lineWords("def waiter():"), lineWords("function* waiter() {"))).toBe(1);
    expect(likeness(lineWords("yield* gevent.sleep(2);"), lineWords("gevent.sleep(2)"))).toBe(1);
    expect(likeness(lineWords("print('i will wait')"), lineWords('print("i will wait");'))).toBe(1);
    expect(likeness(lineWords("x = None"), lineWords("let x = null;"))).toBe(1);
    expect(likeness(lineWords("evt.set()"), lineWords("evt.wait()"))).toBeLessThan(1);
    expect(lineWords("}").size).toBe(0);
  });

  it("puts the event lesson's corresponding lines in one row, and every line in order once", () => {
    const ts = lessonFile("event", "program.ts");
    const py = lessonFile("event", "original.py");
    const rows = alignLines(ts, py);
    for (const side of ["ts", "py"] as const) {
      const lines = rows.map((r) => r[side]).filter((l) => l !== null);
      expect(lines).toEqual([...Array((side === "ts" ? ts : py).length).keys()]);
    }
    expect(rowOf(rows, ts, py, "evt.set()")).toEqual(["evt.set();", "evt.set()"]);
    expect(rowOf(rows, ts, py, "function* setter")).toEqual([
      "function* setter() {",
      "def setter():",
    ]);
    // A comment after the code does not keep the line from its counterpart.
    expect(rowOf(rows, ts, py, "yield* evt.wait()")?.[1]).toBe("evt.wait()");
    // A closing brace has no Python counterpart: it faces a gap or a blank line.
    for (const row of rows.filter((r) => r.ts !== null && ts[r.ts] === "}")) {
      expect(row.py === null ? "" : py[row.py].trim()).toBe("");
    }
  });

  it("matches most code lines of every port that has a Python original", () => {
    const index = JSON.parse(
      readFileSync(new URL("../../../lessons/index.json", import.meta.url), "utf8"),
    ) as { lessons: string[] };
    let allCode = 0;
    let allMatched = 0;
    for (const id of index.lessons) {
      const ts = lessonFile(id, "program.ts");
      const rows = alignLines(ts, lessonFile(id, "original.py"));
      const code = rows.filter(
        (r) => r.ts !== null && lineWords(ts[r.ts]).size > 1 && !/^\s*\/\//.test(ts[r.ts]),
      );
      const matched = code.filter((r) => r.py !== null);
      expect(matched.length / code.length, id).toBeGreaterThan(0.7);
      allCode += code.length;
      allMatched += matched.length;
    }
    expect(allMatched / allCode).toBeGreaterThan(0.85);
  });

  it("leaves gaps rather than pairing unlike lines", () => {
    const rows = alignLines(["a = 1", "zzz()"], ["yyy()", "a = 1"]);
    expect(rows).toEqual([
      { ts: null, py: 0 },
      { ts: 0, py: 1 },
      { ts: 1, py: null },
    ]);
  });
});
