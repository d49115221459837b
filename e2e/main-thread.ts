/**
 * How long the page's main thread was held at a stretch, from Chromium's own trace: each task's
 * wall time, and the CPU time the thread spent in it. On a shared machine under load a thread
 * waits for a core in the middle of its tasks, so wall time measures the machine as much as the
 * page; CPU time measures only what the page did, which is what a change to the page can move.
 */
import { readFileSync, rmSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadFigures {
  /** The longest task, in CPU milliseconds of the main thread. */
  longestTaskCpuMs: number;
  /** The longest task, in wall milliseconds. */
  longestTaskWallMs: number;
  /** CPU milliseconds the main thread spent in all tasks. */
  totalCpuMs: number;
  /**
   * CPU milliseconds of the longest task of a worker outside the page's process: the runner's
   * run (it runs in the sandbox frame's process, in one task).
   */
  runnerCpuMs: number;
}

/** Runs `during` while Chromium traces `page`, and reads its renderer's main thread. */
export async function mainThreadDuring(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<MainThreadFigures> {
  const path = `test-results/main-thread-${process.pid}-${Date.now()}.json`;
  const categories = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"];
  await browser.startTracing(page, { path, categories });
  try {
    await during();
  } finally {
    await browser.stopTracing();
  }
  const trace = JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEvent[] };
  rmSync(path);
  const result = figures(trace.traceEvents);
  // A trace without the page's tasks would pass any bound: that is an error, not a pass.
  if (result.totalCpuMs === 0) throw new Error("the trace holds no task of the page's main thread");
  return result;
}

function figures(events: TraceEvent[]): MainThreadFigures {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const threads = (name: string) =>
    new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === name).map(key));
  const mains = threads("CrRendererMain");
  const workers = threads("DedicatedWorker thread");
  // The page's renderer is the busiest one (the sandbox frame has its own process).
  const tasks = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || !mains.has(key(e))) continue;
    const list = tasks.get(key(e)) ?? [];
    list.push(e);
    tasks.set(key(e), list);
  }
  const page = [...tasks.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  const pagePid = page[0]?.pid;
  const runner = events.filter(
    (e) => e.ph === "X" && e.name === "RunTask" && workers.has(key(e)) && e.pid !== pagePid,
  );
  return {
    runnerCpuMs: Math.max(0, ...runner.map((t) => ms(t.tdur))),
    longestTaskCpuMs: Math.max(0, ...page.map((t) => ms(t.tdur))),
    longestTaskWallMs: Math.max(0, ...page.map((t) => ms(t.dur))),
    totalCpuMs: page.reduce((sum, t) => sum + ms(t.tdur), 0),
  };
}
