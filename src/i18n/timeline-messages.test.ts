import { describe, expect, it } from "vitest";
import { LOCALES } from "./messages";
import { timelineMessagesFor } from "./timeline-messages";

describe("the timeline's strings", () => {
  it("are translated: no string of the English table is left in the Chinese one", () => {
    const [en, zh] = LOCALES.map(timelineMessagesFor);
    const words = (table: object): string[] =>
      Object.values(table).flatMap((v) =>
        typeof v === "string" ? [v] : typeof v === "object" ? words(v) : [],
      );
    const english = new Set(words(en));
    for (const word of words(zh)) expect(english.has(word), word).toBe(false);
    expect(words(zh).length).toBe(words(en).length);
  });

  it("name the trace export so it can be found by the word trace in both languages", () => {
    for (const locale of LOCALES) expect(timelineMessagesFor(locale).exportTrace).toMatch(/trace/i);
  });
});
