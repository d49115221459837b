import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkExercise } from "../../lessons/exercise-check";
import { answerOf } from "../../lessons/predictions";
import { InProcessRunner } from "../client/in-process-runner";
import type { ScheduleRequest } from "../protocol";
import { decodeTrace } from "../trace/decode";
import { createAppStore } from "./app-store";
import { LESSONS } from "./lesson-catalog";
import { modelEvents } from "./lesson-run-events";

const lessonsDir = new URL("../../lessons/", import.meta.url);
const read = (id: string, file: string) =>
  readFileSync(new URL(`${id}/${file}`, lessonsDir), "utf8");
const shortcuts = (id: string) =>
  readdirSync(new URL(`${id}/shortcuts/`, lessonsDir)).map((name) => `shortcuts/${name}`);

// Every file of every lesson, run as the page runs it, is judged alike whether the checks read
// the run model's steps or the decoded trace.
describe("the lessons' checks over the run model", () => {
  for (const lesson of LESSONS) {
    it(`judge ${lesson.id}'s program, solutions and shortcuts as over the decoded trace`, async () => {
      const changes = lesson.exercise!.tasks.flatMap((t) => (t.kind === "change" ? [t] : []));
      const files = ["program.ts", ...changes.map((t) => t.solution), ...shortcuts(lesson.id)];
      const schedules: Array<ScheduleRequest | undefined> = [undefined];
      for (const task of changes) {
        for (const seed of task.threads?.seeds ?? []) {
          schedules.push({ threads: true, policy: "random", seed });
        }
      }
      const store = createAppStore({ runner: new InProcessRunner() });
      store.getState().openLesson(lesson.id);
      for (const file of files) {
        for (const schedule of schedules) {
          store.getState().setCode(read(lesson.id, file));
          await store.getState().run(schedule);
          const { model, trace } = store.getState();
          const where = `${file} ${JSON.stringify(schedule ?? {})}`;
          expect(model!.eventCount, where).toBe(trace!.words.length / 4);
          // Only the events differ between the two: stdout, time and error are the run's.
          const base = { stdout: "", elapsed: model!.endTime, error: null };
          const viaModel = { ...base, events: modelEvents(model!) };
          const viaTrace = { ...base, events: decodeTrace(trace!) };
          for (const task of lesson.exercise!.tasks) {
            if (task.kind === "change") {
              expect(checkExercise(task.expect, viaModel), `${where} ${task.id}`).toEqual(
                checkExercise(task.expect, viaTrace),
              );
            } else {
              expect(answerOf(task.question, viaModel.events, lesson.moments), where).toEqual(
                answerOf(task.question, viaTrace.events, lesson.moments),
              );
            }
          }
        }
      }
    });
  }
});
