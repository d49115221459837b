import { describe, expect, it } from "vitest";
import {
  PREFERENCES_KEY,
  storedChoices,
  storeChoices,
  type PreferenceStorage,
} from "./preferences";

function memoryStorage(initial: Record<string, string> = {}): PreferenceStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, value),
  };
}

describe("the remembered preferences", () => {
  it("round-trips the learner's choices", () => {
    const storage = memoryStorage();
    storeChoices(storage, { locale: "zh-CN", theme: "dark", presentation: true });
    expect(storedChoices(storage)).toEqual({ locale: "zh-CN", theme: "dark", presentation: true });
  });

  it("keeps only the well-formed choices of what was stored", () => {
    const stored = JSON.stringify({ locale: "fr", theme: "dark", presentation: "yes" });
    expect(storedChoices(memoryStorage({ [PREFERENCES_KEY]: stored }))).toEqual({ theme: "dark" });
    expect(storedChoices(memoryStorage({ [PREFERENCES_KEY]: "{not json" }))).toEqual({});
    expect(storedChoices(memoryStorage({ [PREFERENCES_KEY]: "null" }))).toEqual({});
  });

  it("works without storage, or with one that refuses", () => {
    expect(storedChoices(null)).toEqual({});
    const refusing: PreferenceStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => storeChoices(refusing, { theme: "dark" })).not.toThrow();
    expect(storedChoices(refusing)).toEqual({});
  });
});
