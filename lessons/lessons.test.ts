/**
 * Every lesson listed in index.json is complete and true: its files are well-formed, and its
 * program, run through the same compile and runtime path as `play --json` (and the browser's
 * worker), prints exactly expected.out and ends at the virtual time meta.json states. A port
 * matches its conformance example. Its exercise asks for a real change and can be solved.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// Lessons may take only types from src (STYLE.md); this test must run them, as the CLI does.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { nodeIo, runCli } from "../src/cli/run-cli";
import { checkExercise, type CheckedRun } from "./exercise-check";
import {
  LESSON_LOCALES,
  exerciseProblems,
  lessonIndexProblems,
  lessonMetaProblems,
  type Exercise,
  type LessonIndex,
  type LessonMeta,
} from "./format";

const LESSONS_DIR = fileURLToPath(new URL(".", import.meta.url));
const REPO = join(LESSONS_DIR, "..");
const SHARED = join(REPO, "../shared/conformance");

const read = (...parts: string[]) => readFileSync(join(LESSONS_DIR, ...parts), "utf8");
const has = (...parts: string[]) => existsSync(join(LESSONS_DIR, ...parts));
const readJson = (...parts: string[]): unknown => JSON.parse(read(...parts));
const readShared = (file: string) => readFileSync(join(SHARED, file), "utf8");

interface LessonRun extends CheckedRun {
  stderr: string;
}

/** Runs a lesson's program file exactly as `npm run play -- FILE --json` does. */
function runLessonFile(id: string, file: string): LessonRun {
  const outcome = runCli([`lessons/${id}/${file}`, "--json"], nodeIo(REPO));
  if (outcome.stdout === "") throw new Error(`play failed: ${outcome.stderr}`);
  const report = JSON.parse(outcome.stdout) as LessonRun;
  return {
    stdout: report.stdout,
    stderr: report.stderr,
    elapsed: report.elapsed,
    error: report.error,
  };
}

const programRuns = new Map<string, LessonRun>();
/** Each lesson's program runs once; several tests look at the result. */
function programRun(id: string): LessonRun {
  let run = programRuns.get(id);
  if (!run) programRuns.set(id, (run = runLessonFile(id, "program.ts")));
  return run;
}

/** Markdown with code spans and fenced blocks removed: what remains must hold no HTML tag. */
function proseOf(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}
const HTML_TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>|<!--/;

interface ConformanceEntry {
  name: string;
  file: string;
  seconds: number;
}
const conformance = JSON.parse(readShared("index.json")) as ConformanceEntry[];
const conformanceByName = new Map(conformance.map((entry) => [entry.name, entry]));

const index = readJson("index.json") as LessonIndex;
const ids = Array.isArray(index.lessons) ? index.lessons : [];

describe("lessons/index.json", () => {
  it("is well-formed and lists each lesson folder exactly once", () => {
    expect(lessonIndexProblems(index)).toEqual([]);
    const folders = readdirSync(LESSONS_DIR).filter((name) =>
      statSync(join(LESSONS_DIR, name)).isDirectory(),
    );
    expect([...ids].sort()).toEqual(folders.sort());
  });
});

describe.each(ids)("lesson %s", (id) => {
  const meta = readJson(id, "meta.json") as LessonMeta;

  it("has a meta.json with title and summary in zh-CN and en, named after its folder", () => {
    expect(lessonMetaProblems(meta, id)).toEqual([]);
  });

  it("has lesson text in zh-CN and en, in Markdown without raw HTML", () => {
    for (const locale of LESSON_LOCALES) {
      const text = read(id, `text.${locale}.md`);
      expect(text.trim().length, `text.${locale}.md`).toBeGreaterThan(200);
      expect(text.startsWith("# "), `text.${locale}.md starts with a title`).toBe(true);
      expect(proseOf(text), `text.${locale}.md`).not.toMatch(HTML_TAG);
    }
    expect(read(id, "text.zh-CN.md")).toMatch(/[\u4e00-\u9fff]/);
  });

  it("keeps the original Python program and the expected output", () => {
    expect(read(id, "original.py")).toMatch(/^(?:from|import) (?:gevent|greenlet)\b/m);
    expect(read(id, "expected.out").length).toBeGreaterThan(0);
  });

  it("draws only on conformance examples that exist", () => {
    expect(meta.examples.filter((name) => !conformanceByName.has(name))).toEqual([]);
  });

  const ported = meta.conformance === null ? undefined : conformanceByName.get(meta.conformance);
  if (ported) {
    it(`is a port of ${ported.name}: the same Python, output and elapsed time`, () => {
      expect(read(id, "original.py")).toBe(readShared(ported.file));
      expect(read(id, "expected.out")).toBe(readShared(`${ported.name}.out`));
      expect(meta.elapsed).toBe(ported.seconds);
    });
  }

  it("runs its program without an error, a warning or anything on stderr", () => {
    const run = programRun(id);
    expect(run.error).toBeNull();
    expect(run.stderr).toBe("");
  });

  it("prints exactly expected.out", () => {
    expect(programRun(id).stdout).toBe(read(id, "expected.out"));
  });

  it("ends at meta.elapsed virtual seconds, within 0.1", () => {
    expect(Math.abs(programRun(id).elapsed - meta.elapsed)).toBeLessThanOrEqual(0.1);
  });

  if (!has(id, "exercise.json")) return;
  const exercise = readJson(id, "exercise.json") as Exercise;

  it("has a well-formed exercise", () => {
    expect(exerciseProblems(exercise)).toEqual([]);
  });

  if (exercise.requiresChange) {
    it("has an exercise that the unmodified program does not already pass", () => {
      const run = programRun(id);
      expect(run.error).toBeNull();
      expect(checkExercise(exercise.expect, run)).not.toEqual([]);
    });
  }

  if (has(id, "solution.ts")) {
    it("has a solution that passes its exercise without errors", () => {
      const run = runLessonFile(id, "solution.ts");
      expect(run.error).toBeNull();
      expect(run.stderr).toBe("");
      expect(checkExercise(exercise.expect, run)).toEqual([]);
    });
  }
});
