/**
 * Where one run's CPU goes, from Chromium's own trace: the CPU milliseconds of the top-level
 * tasks of each thread while `during` runs, grouped as the page's main thread, the page's own
 * workers (Monaco's), the sandbox frame's main thread and its worker (the runner), and the rest
 * (the browser process, compositors, the network). On a loaded machine a thread waits for a
 * core in the middle of its tasks, so wall time measures the machine; CPU time is what the
 * page itself spent, and what a change to it moves.
 */
import { readFileSync, rmSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface CpuBreakdown {
  pageMainMs: number;
  pageWorkersMs: number;
  sandboxMainMs: number;
  runnerMs: number;
  otherMs: number;
}

export async function cpuDuring(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<CpuBreakdown> {
  const path = `test-results/timeline-cpu-${process.pid}-${Date.now()}.json`;
  // The timeline categories give the tasks their thread times (tdur), as e2e/main-thread.ts.
  const categories = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"];
  await browser.startTracing(page, { path, categories });
  try {
    await during();
  } finally {
    await browser.stopTracing();
  }
  const events = (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: TraceEvent[] })
    .traceEvents;
  rmSync(path);
  return breakdown(events);
}

function breakdown(events: TraceEvent[]): CpuBreakdown {
  const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
  const names = new Map<string, string>();
  for (const e of events) if (e.name === "thread_name") names.set(key(e), e.args?.name ?? "");
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask") continue;
    cpu.set(key(e), (cpu.get(key(e)) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  // The page's renderer is the busiest renderer main thread; the sandbox frame's is another.
  const mains = [...cpu.entries()]
    .filter(([k]) => names.get(k) === "CrRendererMain")
    .sort((a, b) => b[1] - a[1]);
  const pagePid = mains[0]?.[0].split(":")[0];
  const out: CpuBreakdown = {
    pageMainMs: 0,
    pageWorkersMs: 0,
    sandboxMainMs: 0,
    runnerMs: 0,
    otherMs: 0,
  };
  for (const [k, ms] of cpu) {
    const name = names.get(k) ?? "";
    const ours = k.split(":")[0] === pagePid;
    if (name === "CrRendererMain") out[ours ? "pageMainMs" : "sandboxMainMs"] += ms;
    else if (name === "DedicatedWorker thread") out[ours ? "pageWorkersMs" : "runnerMs"] += ms;
    else out.otherMs += ms;
  }
  for (const field of Object.keys(out) as Array<keyof CpuBreakdown>) {
    out[field] = Math.round(out[field] * 10) / 10;
  }
  return out;
}
