/**
 * Every lesson listed in index.json is complete and true: its files are well-formed, and its
 * program, run through the same compile and runtime path as `play --json` (and the browser's
 * worker), prints exactly expected.out and ends at the virtual time meta.json states. A port
 * matches its conformance example. Its moments happen in its run and its texts link to them.
 * Its predict tasks are answered by its run; each change task fails on the unchanged program
 * and on every known shortcut, and passes on its solution.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// Lessons may take only types from src (STYLE.md); this test must run them, as the CLI does.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { nodeIo, runCli } from "../src/cli/run-cli";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { BLOCK } from "../src/runtime/tracing/trace-kinds";
import type { TraceEvent } from "../src/trace/decode";
import { checkExercise, stdoutLines, type CheckedRun } from "./exercise-check";
import { changeTasks } from "./exercise-problems";
import {
  LESSON_LOCALES,
  exerciseProblems,
  lessonIndexProblems,
  lessonMetaProblems,
  type Exercise,
  type LessonIndex,
  type LessonMeta,
  type PredictTask,
} from "./format";
import { momentLinks, resolveMoment } from "./moments";
import { answerOf } from "./predictions";
import { isGreenlet, runFacts } from "./run-facts";
import { BLOCK_REASONS } from "./trace-vocabulary";

const LESSONS_DIR = fileURLToPath(new URL(".", import.meta.url));
const REPO = join(LESSONS_DIR, "..");
const SHARED = join(REPO, "../shared/conformance");

const read = (...parts: string[]) => readFileSync(join(LESSONS_DIR, ...parts), "utf8");
const has = (...parts: string[]) => existsSync(join(LESSONS_DIR, ...parts));
const readJson = (...parts: string[]): unknown => JSON.parse(read(...parts));
const readShared = (file: string) => readFileSync(join(SHARED, file), "utf8");

interface LessonRun extends CheckedRun {
  stderr: string;
  events: TraceEvent[];
}

/**
 * Runs a lesson's program file exactly as `npm run play -- FILE --json --events E` does, with
 * play's other options `args` (a threads-mode task's `--threads --policy random --seed N`).
 */
function runLessonFile(id: string, file: string, args: readonly string[] = []): LessonRun {
  const io = nodeIo(REPO);
  let events = "";
  const flags = [`lessons/${id}/${file}`, "--json", "--events", "events.json", ...args];
  const outcome = runCli(flags, {
    ...io,
    writeText: (_path, text) => void (events = text),
  });
  if (outcome.stdout === "") throw new Error(`play failed: ${outcome.stderr}`);
  const report = JSON.parse(outcome.stdout) as LessonRun;
  return {
    stdout: report.stdout,
    stderr: report.stderr,
    elapsed: report.elapsed,
    error: report.error,
    events: events === "" ? [] : (JSON.parse(events) as TraceEvent[]),
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

describe("the exercises' names of block reasons", () => {
  it("are the runtime's, every one of them", () => {
    const runtime = Object.fromEntries(
      Object.entries(BLOCK).map(([key, value]) => [key.toLowerCase(), value]),
    );
    expect(BLOCK_REASONS).toEqual(runtime);
  });
});

/** The shortcuts of a change task: lessons/<id>/shortcuts/<task>.<what>.ts. */
function shortcutsOf(id: string, task: string): string[] {
  if (!has(id, "shortcuts")) return [];
  return readdirSync(join(LESSONS_DIR, id, "shortcuts"))
    .filter((name) => name.startsWith(`${task}.`) && name.endsWith(".ts"))
    .map((name) => `shortcuts/${name}`);
}

describe.each(ids)("lesson %s", (id) => {
  const meta = readJson(id, "meta.json") as LessonMeta;
  const texts = LESSON_LOCALES.map((locale) => [locale, read(id, `text.${locale}.md`)] as const);

  it("has a meta.json with title and summary in zh-CN and en, named after its folder", () => {
    expect(lessonMetaProblems(meta, id)).toEqual([]);
  });

  it("has lesson text in zh-CN and en, in Markdown without raw HTML", () => {
    for (const [locale, text] of texts) {
      expect(text.trim().length, `text.${locale}.md`).toBeGreaterThan(200);
      expect(text.startsWith("# "), `text.${locale}.md starts with a title`).toBe(true);
      expect(proseOf(text), `text.${locale}.md`).not.toMatch(HTML_TAG);
    }
    expect(read(id, "text.zh-CN.md")).toMatch(/[\u4e00-\u9fff]/);
  });

  it("cites no example by a number the learner cannot open", () => {
    for (const [locale, text] of texts) {
      expect(text, `text.${locale}.md`).not.toMatch(/(?:example|示例)\s*\d+/i);
    }
  });

  it("links its texts to moments of its run, each defined and happening in the run", () => {
    const moments = meta.moments ?? {};
    for (const [locale, text] of texts) {
      const links = momentLinks(text);
      expect(links.length, `text.${locale}.md links a moment`).toBeGreaterThan(0);
      expect(
        links.filter((name) => !(name in moments)),
        `text.${locale}.md`,
      ).toEqual([]);
    }
    const facts = runFacts(programRun(id).events);
    for (const [name, moment] of Object.entries(moments)) {
      expect(resolveMoment(moment, facts), `moment ${name}`).not.toBeNull();
    }
  });

  it("keeps the original Python program and the expected output", () => {
    expect(read(id, "original.py")).toMatch(/^(?:from [\w.]+ )?import \w+/m);
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

  it("runs its program without an error or a warning, its stderr that of expected.err", () => {
    const run = programRun(id);
    expect(run.error).toBeNull();
    expect(run.stderr).toBe(has(id, "expected.err") ? read(id, "expected.err") : "");
  });

  it("prints exactly expected.out", () => {
    expect(programRun(id).stdout).toBe(read(id, "expected.out"));
  });

  it("ends at meta.elapsed virtual seconds, within 0.1", () => {
    expect(Math.abs(programRun(id).elapsed - meta.elapsed)).toBeLessThanOrEqual(0.1);
  });

  const exercise = readJson(id, "exercise.json") as Exercise;

  it("has a well-formed exercise with a predict and a change task", () => {
    expect(exerciseProblems(exercise)).toEqual([]);
  });

  const predicts = (exercise.tasks ?? []).filter((t): t is PredictTask => t.kind === "predict");
  for (const task of predicts) {
    it(`answers its predict task "${task.id}" from the program's run, not from the question`, () => {
      const { events } = programRun(id);
      const answer = answerOf(task.question, events, meta.moments);
      expect(answer).not.toBeNull();
      const { question } = task;
      if (question.type === "order") expect(answer).not.toEqual(question.lines);
      if (question.type === "printed") {
        const printed = question.choices.filter((line) =>
          stdoutLines(programRun(id).stdout).includes(line),
        );
        expect(printed, "exactly one choice is printed").toHaveLength(1);
      }
      if (question.type === "next") {
        const facts = runFacts(events);
        const fits = (choice: string) =>
          [...facts.greenlets.keys()].some(
            (gid) => isGreenlet(facts, gid, choice) && isGreenlet(facts, gid, answer as string),
          );
        expect(question.choices.filter(fits), "exactly one choice is the answer").toHaveLength(1);
      }
    });
  }

  for (const task of changeTasks(exercise.tasks ?? [])) {
    // A threads-mode task is checked under each of its seeds, as well as in gevent's mode.
    const modes: Array<{ name: string; args: string[] }> = [
      { name: "gevent", args: [] },
      ...(task.threads?.seeds ?? []).map((seed) => ({
        name: `threads seed ${seed}`,
        args: ["--threads", "--policy", "random", "--seed", String(seed)],
      })),
    ];
    const checked = task.threads === undefined ? modes : modes.slice(1);

    it(`has a change task "${task.id}" that the unmodified program does not pass`, () => {
      for (const mode of modes) {
        const run =
          mode.args.length === 0 ? programRun(id) : runLessonFile(id, "program.ts", mode.args);
        expect(checkExercise(task.expect, run), mode.name).not.toEqual([]);
      }
    });

    it(`has a solution ${task.solution} that passes "${task.id}" without errors`, () => {
      for (const mode of checked) {
        const run = runLessonFile(id, task.solution, mode.args);
        expect(run.error, mode.name).toBeNull();
        expect(run.stderr).toBe(has(id, "expected.err") ? read(id, "expected.err") : "");
        expect(checkExercise(task.expect, run), mode.name).toEqual([]);
      }
    });

    const shortcuts = shortcutsOf(id, task.id);
    it(`has shortcuts for "${task.id}", and its check refuses each of them`, () => {
      expect(shortcuts.length).toBeGreaterThan(0);
      for (const file of shortcuts) {
        for (const mode of modes) {
          const run = runLessonFile(id, file, mode.args);
          expect(checkExercise(task.expect, run), `${file}, ${mode.name}`).not.toEqual([]);
        }
      }
    });
  }
});
