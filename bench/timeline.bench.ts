/**
 * The timeline's speed (not a timed test: it measures).
 *
 * - Layout in Node: the million-event run (two greenlets ping-ponging 250,000 times each
 *   through sleep(0), a third sleeping now and then) read into the model, then laid out
 *   (lanes, segments, wake-ups, level of detail): time and the layout's bytes.
 * - In headless Chromium against the production build: that run from its share link; run end
 *   (<body data-runs-finished> counts it) to the timeline painted (<body data-timeline=
 *   "painted">), aim under 1 s; then frame intervals while zooming and panning continuously
 *   (a wheel event on the canvas every animation frame), on both axes, aim: 95th percentile
 *   at most 20 ms; and for every lesson, Run clicked to its timeline painted, aim under 150 ms.
 *
 * Run: npm run build && NODE_OPTIONS=--expose-gc npx tsx bench/timeline.bench.ts
 *   ->  bench/results/timeline.json  (BENCH_ONLY=million: the million-event run alone;
 *   BENCH_ONLY=lessons: the lessons alone)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import LZString from "lz-string";
import type { Browser, Page } from "@playwright/test";
import { loadAverage, percentile, round, withBuiltApp } from "./built-app";
import { runTest } from "../src/runtime/testing";
import { cpuDuring, type CpuBreakdown } from "./cpu-breakdown";
import { RunModel } from "../src/trace/model/run-model";
import { TimelineLayout } from "../src/timeline/layout";
import { pingPong } from "../src/timeline/layout.testing";

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const ROUNDS = 250_000;
const LESSON_RUNS = 5;
/**
 * Before each Run, the time a learner takes to read the last one at the least: the page boots
 * the next spare runner in it (src/client/spare-pool.ts), as it would between a learner's runs.
 */
const LESSON_GAP_MS = 1000;
const AIM_END_TO_PAINT_MS = 1000;
const AIM_FRAME_P95_MS = 20;
const AIM_LESSON_MS = 150;
/** BENCH_ONLY=million skips the lessons, BENCH_ONLY=lessons the million-event run. */
const ONLY = process.env.BENCH_ONLY ?? "";

const PING_PONG = `import { joinall, sleep, spawn } from "gevent";

function* hop() {
  for (let i = 0; i < ${ROUNDS}; i++) yield* sleep(0);
}

function* napper() {
  for (let i = 0; i < 50; i++) yield* sleep(0.01);
}

yield* joinall([spawn(hop), spawn(hop), spawn(napper)]);
`;

const median = (values: number[]) => percentile(values, 0.5);

function layoutInNode() {
  const trace = runTest(() => pingPong(ROUNDS)).trace;
  const model = RunModel.fromTrace(trace);
  const times: number[] = [];
  let bytes = 0;
  let heap = 0;
  for (let i = 0; i < 3; i++) {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const layout = new TimelineLayout(model);
    layout.update();
    layout.refreshDetail("steps");
    times.push(performance.now() - started);
    gc?.();
    // Without --expose-gc the heap's growth is noise: not reported. The first pass alone: a
    // later one's "before" still holds the last layout's buffers, which V8 frees lazily.
    const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    if (i === 0) heap = gc ? after - before : NaN;
    bytes = layout.bytes;
    if (layout.stepCount === 0) throw new Error("empty layout");
  }
  return {
    events: model.eventCount,
    steps: model.stepCount,
    layoutMs: { median: round(median(times)), all: times.map((t) => round(t)) },
    layoutMiB: round(bytes / 2 ** 20, 1),
    /** The heap and the typed arrays' buffers (with their spare capacity) grown by the layout. */
    heapGrowthMiB: Number.isNaN(heap) ? null : round(heap / 2 ** 20, 1),
    modelMiB: round(model.bytes / 2 ** 20, 1),
  };
}

/** Marks on the page: when each run ended and when its timeline was painted. */
const RECORD_MARKS = () => {
  const marks: { ended: number[]; painted: number[] } = { ended: [], painted: [] };
  (window as unknown as { __marks: typeof marks }).__marks = marks;
  // The time spent inside animation-frame callbacks: the drawing's own cost, which the
  // machine's load moves less than the intervals between frames.
  const raf = window.requestAnimationFrame.bind(window);
  const spent: number[] = [];
  (window as unknown as { __frameWork: number[] }).__frameWork = spent;
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      const start = performance.now();
      callback(t);
      spent.push(performance.now() - start);
    });
  let runs = "0";
  let painted = false;
  new MutationObserver(() => {
    const body = document.body;
    if (!body) return;
    if (body.dataset.runsFinished !== undefined && body.dataset.runsFinished !== runs) {
      runs = body.dataset.runsFinished;
      marks.ended.push(performance.now());
    }
    const now = body.dataset.timeline === "painted";
    if (now && !painted) marks.painted.push(performance.now());
    painted = now;
  }).observe(document, { subtree: true, attributes: true, childList: true });
};

const marksOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __marks: { ended: number[]; painted: number[] } }).__marks,
  );

async function waitPainted(page: Page, runs: number) {
  await page.waitForFunction(
    (n) =>
      document.body.dataset.runsFinished === String(n) &&
      document.body.dataset.timeline === "painted",
    runs,
    { timeout: 120_000 },
  );
}

/**
 * Frame intervals while a wheel event reaches the canvas every animation frame. Page code as
 * text: tsx would name its inner functions with a helper the page does not have.
 */
const FRAME_INTERVALS = `async (button) => {
  [...document.querySelectorAll("button")].find((b) => b.textContent === button)?.click();
  const canvas = document.querySelector("canvas[data-timeline-canvas=current]");
  const box = canvas.getBoundingClientRect();
  const stamps = [];
  await new Promise((done) => {
    let frame = 0;
    const tick = (t) => {
      stamps.push(t);
      // Zoom in about a point, pan, zoom out, pan back: 240 frames, about four seconds.
      const phase = Math.floor(frame / 40) % 6;
      const zoom = phase === 0 || phase === 1 ? -60 : phase === 3 || phase === 4 ? 60 : 0;
      const pan = phase === 2 ? 40 : phase === 5 ? -40 : 0;
      canvas.dispatchEvent(new WheelEvent("wheel", {
        clientX: box.left + box.width * 0.6, clientY: box.top + box.height / 2,
        deltaY: zoom, deltaX: pan, ctrlKey: zoom !== 0, bubbles: true, cancelable: true,
      }));
      if (++frame < 240) requestAnimationFrame(tick);
      else done();
    };
    requestAnimationFrame(tick);
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}`;

async function frameIntervals(page: Page, axisButton: string) {
  const before: number = await page.evaluate("window.__frameWork.length");
  const intervals: number[] = await page.evaluate(
    `(${FRAME_INTERVALS})(${JSON.stringify(axisButton)})`,
  );
  const work: number[] = await page.evaluate(`window.__frameWork.slice(${before})`);
  return { intervals, work };
}

async function millionRun(page: Page) {
  const fragment = `#v1/event/${LZString.compressToEncodedURIComponent(PING_PONG)}`;
  await page.goto(`http://127.0.0.1:${PORT}/${fragment}`);
  await page.waitForFunction(() => document.body.dataset.runState === "idle");
  const started = performance.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitPainted(page, 1);
  const wallMs = performance.now() - started;
  const marks = await marksOf(page);
  const steps = Number(
    await page.locator("canvas[data-timeline-canvas=current]").getAttribute("data-steps"),
  );
  const endToPaint = marks.painted[marks.painted.length - 1] - marks.ended[marks.ended.length - 1];
  const frames: Record<string, object> = {};
  for (const [axis, button] of [
    ["steps", "Steps"],
    ["time", "Time"],
  ] as const) {
    const { intervals, work } = await frameIntervals(page, button);
    frames[axis] = {
      frames: intervals.length,
      p50: round(percentile(intervals, 0.5), 1),
      p95: round(percentile(intervals, 0.95), 1),
      max: round(Math.max(...intervals), 1),
      workPerFrameMs: {
        p50: round(percentile(work, 0.5), 1),
        p95: round(percentile(work, 0.95), 1),
        max: round(Math.max(...work), 1),
      },
    };
  }
  return { steps, clickToPaintedMs: round(wallMs), runEndToPaintMs: round(endToPaint), frames };
}

async function lessons(browser: Browser, page: Page) {
  const ids: string[] = JSON.parse(
    readFileSync(new URL("../lessons/index.json", import.meta.url), "utf8"),
  ).lessons;
  const results: Record<
    string,
    {
      median: number;
      max: number;
      clickToEndMedian: number;
      endToPaintMedian: number;
      cpu: CpuBreakdown;
    }
  > = {};
  for (const id of ids) {
    await page.goto(`http://127.0.0.1:${PORT}/#lesson/${id}`);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.runState === "idle");
    const times: number[] = [];
    const runs: number[] = [];
    const paints: number[] = [];
    const click = () =>
      page.evaluate(() => {
        const at = performance.now();
        (document.querySelector(".run-controls button.primary") as HTMLButtonElement).click();
        return at;
      });
    for (let i = 1; i <= LESSON_RUNS + 1; i++) {
      await page.waitForTimeout(LESSON_GAP_MS);
      const clicked = await click();
      await waitPainted(page, i);
      const marks = await marksOf(page);
      // The first run warms the runner's spare frame and the code paths: not counted.
      const painted = marks.painted[marks.painted.length - 1];
      const ended = marks.ended[marks.ended.length - 1];
      if (i > 1) {
        times.push(painted - clicked);
        runs.push(ended - clicked);
        paints.push(painted - ended);
      }
    }
    // One more run, traced: the CPU each thread spent on it, which the load does not move.
    await page.waitForTimeout(LESSON_GAP_MS);
    const cpu = await cpuDuring(browser, page, async () => {
      await click();
      await waitPainted(page, LESSON_RUNS + 2);
    });
    results[id] = {
      median: round(median(times)),
      max: round(Math.max(...times)),
      // Where the time goes: the run itself (worker, trace, model), then the timeline's paint.
      clickToEndMedian: round(median(runs)),
      endToPaintMedian: round(median(paints)),
      cpu,
    };
  }
  return results;
}

async function main() {
  const loadBefore = loadAverage();
  const node = ONLY === "" ? layoutInNode() : null;
  console.log("node", node);
  await withBuiltApp({ port: PORT }, async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript(RECORD_MARKS);
    const million = ONLY === "lessons" ? null : await millionRun(page);
    console.log("million", million);
    const perLesson = ONLY === "million" ? {} : await lessons(browser, page);
    console.log("lessons", perLesson);
    const result = {
      benchmark: "timeline",
      definition:
        "node: the million-event run's layout (one pass, then the level of detail), median of 3; " +
        "chromium (production build, 1280x720, software raster): run end (data-runs-finished) to " +
        "data-timeline=painted; frame intervals of requestAnimationFrame with a wheel event on the " +
        "canvas each frame (zoom in, pan, zoom out, pan back: 240 frames); per lesson: Run clicked " +
        `to painted, median of ${LESSON_RUNS} after one warm-up run, ${LESSON_GAP_MS} ms apart, split at ` +
        "the run's end; then " +
        "one traced run: CPU ms of each thread's top-level tasks (page main, page workers, " +
        "sandbox main, runner worker, other)",
      load: { before: loadBefore, after: loadAverage() },
      node,
      chromium: { ...million, lessonsRunToPaintedMs: perLesson },
      aims: {
        runEndToPaintMs: AIM_END_TO_PAINT_MS,
        frameP95Ms: AIM_FRAME_P95_MS,
        lessonRunToPaintedMs: AIM_LESSON_MS,
      },
      browser: browser.version(),
      date: new Date().toISOString(),
    };
    const text = JSON.stringify(result, null, 2) + "\n";
    writeFileSync(fileURLToPath(new URL("results/timeline.json", import.meta.url)), text);
    console.log(text);
  });
}

await main();
