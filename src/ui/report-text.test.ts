import { describe, expect, it } from "vitest";
import { LOCALES, messagesFor } from "../i18n/messages";
import type { RunReport } from "../store/run-report";
import { reportText } from "./report-text";

const reports: RunReport[] = [
  { kind: "done", elapsed: 3, events: 71, error: null },
  { kind: "done", elapsed: 0, events: 5, error: { name: "ValueError", message: "bad", line: 2 } },
  { kind: "compile-error", line: 3, column: 11, message: "Unexpected token" },
  { kind: "stopped" },
  { kind: "stalled", seconds: 2, greenlet: "worker", line: 7 },
  { kind: "crashed", message: "out of memory" },
];

describe("the run summary text", () => {
  it("has nothing to say before the first run", () => {
    expect(reportText({ kind: "none" }, messagesFor("en"))).toBeNull();
  });

  it("names the line and column of a syntax error in both languages", () => {
    expect(reportText(reports[2], messagesFor("en"))).toBe(
      "Syntax error at line 3, column 11: Unexpected token",
    );
    expect(reportText(reports[2], messagesFor("zh-CN"))).toContain("第 3 行第 11 列");
  });

  it("names the greenlet and line that stalled", () => {
    const text = reportText(reports[4], messagesFor("en"));
    expect(text).toContain("Greenlet worker was running");
    expect(text).toContain("last seen at line 7");
  });

  it("words every report differently in each language", () => {
    for (const report of reports) {
      const [en, zh] = LOCALES.map((locale) => reportText(report, messagesFor(locale)));
      expect(en).not.toBe(zh);
    }
  });
});
