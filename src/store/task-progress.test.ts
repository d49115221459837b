import { describe, expect, it } from "vitest";
import {
  TASK_PROGRESS_KEY,
  isLessonDone,
  storeProgress,
  storedProgress,
  withTaskDone,
} from "./task-progress";

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe("task progress", () => {
  it("remembers done tasks across a reload, and a lesson is done when all its tasks are", () => {
    const storage = memory();
    let progress = storedProgress(storage);
    progress = withTaskDone(progress, "event", "order");
    storeProgress(storage, progress);
    const reloaded = storedProgress(storage);
    expect(reloaded).toEqual({ event: ["order"] });
    expect(isLessonDone(reloaded, "event", ["order", "give-up"])).toBe(false);
    expect(
      isLessonDone(withTaskDone(reloaded, "event", "give-up"), "event", ["order", "give-up"]),
    ).toBe(true);
    expect(isLessonDone(reloaded, "event", [])).toBe(false);
  });

  it("keeps the same object when a task is marked done twice", () => {
    const once = withTaskDone({}, "event", "order");
    expect(withTaskDone(once, "event", "order")).toBe(once);
  });

  it("ignores malformed storage and entries, and a storage that refuses", () => {
    expect(storedProgress(memory({ [TASK_PROGRESS_KEY]: "not json" }))).toEqual({});
    expect(storedProgress(memory({ [TASK_PROGRESS_KEY]: "[1]" }))).toEqual({});
    const mixed = JSON.stringify({ event: ["order", 3, "Bad Id"], "<b>": ["x"], queue: "x" });
    expect(storedProgress(memory({ [TASK_PROGRESS_KEY]: mixed }))).toEqual({ event: ["order"] });
    expect(storedProgress(null)).toEqual({});
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => storeProgress(refusing, { event: ["order"] })).not.toThrow();
  });
});
