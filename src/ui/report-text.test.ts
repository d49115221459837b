import { describe, expect, it } from "vitest";
import { LOCALES, messagesFor } from "../i18n/messages";
import type { RunReport } from "../store/run-report";
import { messageIn, reportText } from "./report-text";

const reports: RunReport[] = [
  { kind: "done", elapsed: 3, events: 71, error: null },
  { kind: "done", elapsed: 0, events: 5, error: { name: "ValueError", message: "bad", line: 2 } },
  { kind: "compile-error", line: 3, column: 11, message: "Unexpected token" },
  { kind: "stopped" },
  { kind: "stalled", seconds: 2, greenlet: "worker", line: 7 },
  { kind: "crashed", message: "out of memory" },
  {
    kind: "limit",
    limit: "cpu-loop",
    message:
      "a greenlet ran for over 1000 ms (a CPU loop at line 3) — 某个 greenlet（第 3 行的 CPU 循环）",
    line: 3,
    elapsed: 0,
    events: 6,
    amount: 1000,
    greenlet: "main",
  },
  {
    kind: "done",
    elapsed: 0,
    events: 300006,
    error: {
      name: "LoopExit",
      message: "This operation would block forever\n\tmain waits on q.get() (line 4)",
      line: 4,
    },
    waits: [{ greenlet: "main", on: "q.get()", line: 4 }],
  },
];

describe("the run summary text", () => {
  it("has nothing to say before the first run", () => {
    expect(reportText({ kind: "none" }, messagesFor("en"), "en")).toBeNull();
  });

  it("names the line and column of a syntax error in both languages", () => {
    expect(reportText(reports[2], messagesFor("en"), "en")).toBe(
      "Syntax error at line 3, column 11: Unexpected token",
    );
    expect(reportText(reports[2], messagesFor("zh-CN"), "zh-CN")).toContain("第 3 行第 11 列");
  });

  it("names the greenlet and line that stalled", () => {
    const text = reportText(reports[4], messagesFor("en"), "en");
    expect(text).toContain("Greenlet worker was running");
    expect(text).toContain("last seen at line 7");
  });

  it("words every report differently in each language", () => {
    for (const report of reports) {
      const [en, zh] = LOCALES.map((locale) => reportText(report, messagesFor(locale), locale));
      expect(en).not.toBe(zh);
    }
  });

  it("words a run limit in the learner's language only, keeping the runtime's details", () => {
    const en = reportText(reports[6], messagesFor("en"), "en")!;
    expect(en).toBe(
      "Stopped: greenlet main ran for over 1 s without yielding (a CPU loop at line 3). " +
        "The output and trace so far are kept.",
    );
    expect(en).not.toContain("某个");
    const zh = reportText(reports[6], messagesFor("zh-CN"), "zh-CN")!;
    expect(zh).toContain("greenlet main 超过 1 秒没有让出（第 3 行的 CPU 循环）");
    expect(zh).not.toContain("CPU loop");
  });

  it("says a LoopExit once in each language, naming who waits on what at which line", () => {
    const en = reportText(reports[7], messagesFor("en"), "en")!;
    expect(en).toBe(
      "LoopExit: This operation would block forever, since no greenlet can run. " +
        "main waits on q.get() at line 4.",
    );
    const zh = reportText(reports[7], messagesFor("zh-CN"), "zh-CN")!;
    expect(zh).toContain("main 在第 4 行等待 q.get()");
    expect(zh).not.toMatch(/would block|\t/);
  });

  it("writes counts alike in every message: with thousands separators", () => {
    const done: RunReport = { kind: "done", elapsed: 1, events: 300006, error: null };
    expect(reportText(done, messagesFor("en"), "en")).toContain("300,006 trace events");
    expect(reportText(done, messagesFor("zh-CN"), "zh-CN")).toContain("300,006 个跟踪事件");
    const limit: RunReport = { ...(reports[6] as RunReport & { kind: "limit" }) };
    const events = { ...limit, limit: "events" as const, amount: 5000000 };
    expect(reportText(events, messagesFor("en"), "en")).toContain(
      "more than 5,000,000 trace events",
    );
  });

  it("takes one language's half of a bilingual message and leaves others whole", () => {
    expect(messageIn("blocks forever. — 永远阻塞。", "en")).toBe("blocks forever");
    expect(messageIn("blocks forever. — 永远阻塞。", "zh-CN")).toBe("永远阻塞");
    expect(messageIn("plain", "zh-CN")).toBe("plain");
  });
});
