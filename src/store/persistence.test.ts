import { describe, expect, it } from "vitest";
import {
  lessonOfProgramKey,
  maySaveOver,
  parseSavedProgram,
  programKey,
  readPreviousProgram,
  readSavedProgram,
  writePreviousProgram,
  writeSavedProgram,
} from "./persistence";
import { memoryStorage } from "./persistence.testing";

const at = (code: string, tab = "A") => ({ code, savedAt: 1000, tab });

describe("saved programs", () => {
  it("are read back as saved, each save one revision after the one it replaces", () => {
    const storage = memoryStorage();
    const first = writeSavedProgram(storage, "queue", at("one"), null);
    const second = writeSavedProgram(storage, "queue", at("two"), first);
    expect(first?.rev).toBe(1);
    expect(second?.rev).toBe(2);
    expect(readSavedProgram(storage, "queue")).toEqual({ ...at("two"), rev: 2 });
    expect(readSavedProgram(storage, "event")).toBeNull();
  });

  it("live under a versioned key per lesson", () => {
    expect(programKey("queue")).toBe("greenlet-playground:program:v1:queue");
    expect(lessonOfProgramKey(programKey("pool"))).toBe("pool");
    expect(lessonOfProgramKey("greenlet-playground:preferences:v1")).toBeNull();
    expect(lessonOfProgramKey(null)).toBeNull();
  });

  it("are not saved, and say so, when the storage refuses or is missing", () => {
    const storage = memoryStorage();
    storage.refuse = true;
    expect(writeSavedProgram(storage, "queue", at("x"), null)).toBeNull();
    expect(writeSavedProgram(null, "queue", at("x"), null)).toBeNull();
    expect(readSavedProgram(null, "queue")).toBeNull();
  });

  it("ignore records that are not well-formed", () => {
    for (const text of ["{", "null", "[]", '{"code":1}', '{"code":"x","savedAt":1,"rev":0}']) {
      expect(parseSavedProgram(text)).toBeNull();
    }
    const storage = memoryStorage();
    storage.setItem(programKey("queue"), "not json");
    expect(readSavedProgram(storage, "queue")).toBeNull();
  });

  it("keep the program a reset replaced beside the saved one", () => {
    const storage = memoryStorage();
    writePreviousProgram(storage, "queue", { code: "mine", savedAt: 5, replacedBy: "reset" });
    expect(readPreviousProgram(storage, "queue")).toEqual({
      code: "mine",
      savedAt: 5,
      replacedBy: "reset",
    });
  });
});

describe("saving over a stored program", () => {
  const stored = { code: "x", savedAt: 1, rev: 4, tab: "B" };

  it("is allowed when nothing is stored, when this tab stored it, or when it was seen", () => {
    expect(maySaveOver(null, 0, "A")).toBe(true);
    expect(maySaveOver({ ...stored, tab: "A" }, 0, "A")).toBe(true);
    expect(maySaveOver(stored, 4, "A")).toBe(true);
  });

  it("is refused when another tab saved a revision this tab has not seen", () => {
    expect(maySaveOver(stored, 3, "A")).toBe(false);
  });
});
