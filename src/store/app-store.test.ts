import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import type { RunListener, RunOutcome, Runner } from "../client/runner";
import type { RunRequest } from "../protocol";
import { createAppStore } from "./app-store";
import { LESSONS } from "./lesson-catalog";
import type { PreferenceStorage } from "./preferences";
import { selectExerciseResult, selectLesson } from "./selectors";

describe("the app store", () => {
  it("runs the code it holds and ends idle with the output and the report", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: 'print("hello");\n' });
    const running = store.getState().run();
    expect(store.getState().status).toBe("running");
    await running;
    const state = store.getState();
    expect(state.status).toBe("idle");
    expect(state.printed.slice()).toEqual([
      { seq: expect.any(Number), time: 0, gid: 1, stream: "stdout", text: "hello" },
    ]);
    expect(state.greenlets).toEqual({ 1: { label: "main", role: "main" } });
    expect(state.report).toMatchObject({ kind: "done", error: null });
    expect(state.trace?.words.length).toBeGreaterThan(0);
  });

  it("reads the printed lines from the trace, with their greenlet and virtual time", async () => {
    const code = [
      'import { spawn, sleep } from "gevent";',
      "function* task() { yield* sleep(0.5); print('late'); }",
      "const worker = spawn(task);",
      "yield* worker.join();",
    ].join("\n");
    const store = createAppStore({ runner: new InProcessRunner(), code });
    await store.getState().run();
    const printed = store.getState().printed.slice();
    const { greenlets } = store.getState();
    expect(printed).toMatchObject([{ time: 0.5, stream: "stdout", text: "late" }]);
    expect(greenlets[printed[0].gid]).toEqual({
      label: `worker #${printed[0].gid}`,
      role: "greenlet",
    });
  });

  it("marks a syntax error's position as a problem", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: "let = 1;\n" });
    await store.getState().run();
    expect(store.getState().problems).toEqual([
      expect.objectContaining({ line: 1, column: 5, severity: "error" }),
    ]);
    expect(store.getState().trace).toBeNull();
  });

  it("retires the last run's marks once the code is edited", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: "let = 1;\n" });
    await store.getState().run();
    store.getState().setCode("let = 1;\n");
    expect(store.getState().problems).toHaveLength(1);
    store.getState().setCode("let x = 1;\n");
    expect(store.getState().problems).toEqual([]);
  });

  it("reports a run ended by a limit and keeps its output", async () => {
    const code =
      'import { sleep } from "gevent";\nprint("start");\nwhile (true) yield* sleep(1);\n';
    const limits = { maxVirtualTime: 5 };
    const store = createAppStore({ runner: new InProcessRunner(), code, limits });
    await store.getState().run();
    expect(store.getState().report).toMatchObject({ kind: "limit", limit: "virtual-time" });
    expect(
      store
        .getState()
        .printed.slice()
        .map((line) => line.text),
    ).toEqual(["start"]);
  });

  it("keeps a newer run's state when an older run ends late", async () => {
    const pending: Array<(o: RunOutcome) => void> = [];
    const runner: Runner = {
      run: (_request: RunRequest, _listener?: RunListener) =>
        new Promise((resolve) => pending.push(resolve)),
      canContinue: () => false,
      continueRun: () => null,
      stop: () => {},
      dispose: () => {},
    };
    const store = createAppStore({ runner });
    const first = store.getState().run();
    const second = store.getState().run();
    pending[1]({ kind: "compile-error", error: { line: 2, column: 1, message: "second" } });
    await second;
    pending[0]({ kind: "compile-error", error: { line: 1, column: 1, message: "first" } });
    await first;
    expect(store.getState().report).toMatchObject({ kind: "compile-error", message: "second" });
  });
});

describe("lessons in the store", () => {
  const [first, second] = LESSONS;

  it("opens a lesson with its program in the editor", () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    store.getState().openLesson(first.id);
    expect(selectLesson(store.getState())).toBe(first);
    expect(store.getState().code).toBe(first.program);
  });

  it("opens a lesson with the program the app supplies for it", () => {
    const programFor = (lesson: { id: string }) => `print("saved ${lesson.id}");\n`;
    const store = createAppStore({ runner: new InProcessRunner(), programFor });
    store.getState().openLesson(second.id);
    expect(store.getState().code).toBe(`print("saved ${second.id}");\n`);
  });

  it("keeps the learner's edit when the open lesson is opened again", () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    store.getState().openLesson(first.id);
    store.getState().setCode("edited");
    store.getState().openLesson(first.id);
    expect(store.getState().code).toBe("edited");
  });

  it("remembers a link to a lesson that does not exist, and stays where it was", () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    store.getState().openLesson(first.id);
    store.getState().openLesson("no-such-lesson");
    expect(store.getState()).toMatchObject({
      lessonId: first.id,
      missingLessonId: "no-such-lesson",
    });
  });

  it("fails a change task with the unchanged program and passes it with its solution", async () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    const lesson = LESSONS.find((l) => l.exercise?.tasks.some((t) => t.kind === "change"))!;
    const task = lesson.exercise!.tasks.find((t) => t.kind === "change")!;
    store.getState().openLesson(lesson.id);
    await store.getState().run();
    expect(selectExerciseResult(store.getState())?.changes[task.id].length).toBeGreaterThan(0);
    // The lesson's own program, not yet changed: not done yet, as an invitation.
    expect(selectExerciseResult(store.getState())?.untouched).toBe(true);
    store.getState().setCode(lesson.program.replace("\n", "\n// tried something\n"));
    await store.getState().run();
    expect(selectExerciseResult(store.getState())?.untouched).toBe(false);
    store.getState().setCode(lesson.solutions[task.kind === "change" ? task.solution : ""]);
    await store.getState().run();
    expect(selectExerciseResult(store.getState())?.changes[task.id]).toEqual([]);
  });

  it("answers the predict tasks from the run's trace", async () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    const lesson = LESSONS.find((l) => l.exercise?.tasks.some((t) => t.kind === "predict"))!;
    const task = lesson.exercise!.tasks.find((t) => t.kind === "predict")!;
    store.getState().openLesson(lesson.id);
    await store.getState().run();
    expect(selectExerciseResult(store.getState())?.answers[task.id]).not.toBeNull();
  });

  it("forgets the exercise result when another lesson opens", async () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    store.getState().openLesson(first.id);
    await store.getState().run();
    expect(selectExerciseResult(store.getState())).not.toBeNull();
    store.getState().openLesson(second.id);
    expect(selectExerciseResult(store.getState())).toBeNull();
    expect(store.getState().printed.length).toBe(0);
  });
});

describe("preferences in the store", () => {
  function memoryStorage(): PreferenceStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, v) };
  }

  it("starts from the browser's defaults and remembers only what the learner chose", () => {
    const storage = memoryStorage();
    const defaults = { locale: "zh-CN", theme: "dark" } as const;
    const store = createAppStore({ runner: new InProcessRunner(), storage, defaults });
    expect(store.getState()).toMatchObject({ locale: "zh-CN", theme: "dark", presentation: false });
    store.getState().setLocale("en");
    const again = createAppStore({ runner: new InProcessRunner(), storage, defaults });
    expect(again.getState()).toMatchObject({ locale: "en", theme: "dark" });
    expect([...storage.items.values()].join()).not.toContain("theme");
  });

  it("starts with the lesson list closed in presentation mode, to give the program room", () => {
    const storage = memoryStorage();
    const first = createAppStore({ runner: new InProcessRunner(), storage });
    expect(first.getState().lessonListOpen).toBe(true);
    first.getState().setPresentation(true);
    const again = createAppStore({ runner: new InProcessRunner(), storage, lessonListOpen: true });
    expect(again.getState()).toMatchObject({ presentation: true, lessonListOpen: false });
  });

  it("remembers that the learner closed the lesson sidebar, but not a drawer's state", () => {
    const storage = memoryStorage();
    const wide = createAppStore({ runner: new InProcessRunner(), storage });
    wide.getState().setLessonListOpen(false);
    expect(
      createAppStore({ runner: new InProcessRunner(), storage }).getState().lessonListOpen,
    ).toBe(false);
    wide.getState().setLessonListOpen(true);
    expect(
      createAppStore({ runner: new InProcessRunner(), storage }).getState().lessonListOpen,
    ).toBe(true);
    const narrow = createAppStore({
      runner: new InProcessRunner(),
      storage,
      isSidebar: () => false,
    });
    narrow.getState().setLessonListOpen(false);
    expect(
      createAppStore({ runner: new InProcessRunner(), storage }).getState().lessonListOpen,
    ).toBe(true);
  });
});
