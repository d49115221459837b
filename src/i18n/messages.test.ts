import { describe, expect, it } from "vitest";
import { LOCALES, messagesFor, pickLocale } from "./messages";

describe("the UI languages", () => {
  it("picks Chinese for any zh browser language and English otherwise", () => {
    expect(pickLocale(["zh-TW", "en"])).toBe("zh-CN");
    expect(pickLocale(["fr-FR", "en-GB"])).toBe("en");
    expect(pickLocale(["fr-FR"])).toBe("en");
    expect(pickLocale([])).toBe("en");
  });

  it("translates every plain string (none is left in English in zh-CN)", () => {
    const [en, zh] = LOCALES.map(messagesFor);
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      if (typeof en[key] === "string") expect(zh[key], key).not.toBe(en[key]);
    }
  });
});
