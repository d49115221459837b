import { expect, test, type Browser, type Page } from "@playwright/test";
import { openApp, outputRegion, runSummary, runToEnd, setProgram, typescriptReady } from "./app";
import { mainThreadDuring } from "./main-thread";

// Playwright's trace snapshots the whole page on every call: that would be measured too.
test.use({ trace: "off" });

/**
 * The longest the page may hold its main thread while a run floods it with output: so long the
 * page takes to answer, at worst, given a core. Measured in CPU time (main-thread.ts), so that
 * the load of a shared machine, which stretches wall time, does not decide the verdict.
 */
const MAX_TASK_MS = 250;
/**
 * The page's CPU for a whole flood. A page that falls behind piles up tasks, each short, that
 * it works through long after (before this was bounded: 9 s of CPU for 100,000 prints). The
 * endless loop's 250,000 lines are a million events, which the run model, the timeline and the
 * console all read: 495 to 1310 ms on the 2-core machine, from one day to the next and one run
 * to the next (bench/README.md, the print flood), where a core is shared with the runner's; the
 * bound leaves room for that and still catches a page that does per-line work again.
 */
const MAX_FLOOD_CPU_MS = 2000;

/**
 * The longest a learner's input may wait for the page to take it during a flood. Input is what
 * a learner feels; it is also what Chromium lets in first. It is wall time, though: the page's
 * tasks are short (MAX_TASK_MS, 40 to 190 ms of CPU), but the runner, the page and the
 * compositor share two cores, which stretches a task to two or three times its CPU (94 to 283
 * ms measured). A page that blocks on a flood holds input for seconds. The page's answer to a
 * script (the evaluate round trip) is logged beside it.
 */
const MAX_INPUT_MS = 400;

/**
 * Once the editor's TypeScript worker is up, clicks Run and waits, moving the pointer over the
 * page and asking it a trivial question by turns, until the run ends (or `giveUpMs` passes),
 * while Chromium traces the page's main thread. Returns how long the run took, the longest input and question round trips, and the
 * main thread's longest task (main-thread.ts).
 */
async function floodRun(browser: Browser, page: Page, giveUpMs: number) {
  // The editor's TypeScript worker starting up, once a page opens, is not the flood's work.
  await typescriptReady(page);
  const before = Number(await page.locator("body").getAttribute("data-runs-finished"));
  let endedMs: number | null = null;
  let roundTrip = 0;
  let inputMs = 0;
  let inputs = 0;
  // Over the page's title: an input the page takes, that starts no work of its own.
  const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  const thread = await mainThreadDuring(browser, page, async () => {
    const started = Date.now();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    while (endedMs === null && Date.now() - started < giveUpMs) {
      const moved = Date.now();
      // Playwright's move returns once the page has handled the input.
      await page.mouse.move(title.x + (inputs++ % 20), title.y + title.height / 2);
      inputMs = Math.max(inputMs, Date.now() - moved);
      const sent = Date.now();
      const ended = await page.evaluate(
        (n) => Number(document.body.dataset.runsFinished) > n,
        before,
      );
      roundTrip = Math.max(roundTrip, Date.now() - sent);
      if (ended) endedMs = Date.now() - started;
    }
  });
  const round = (ms: number) => Math.round(ms);
  console.log(
    `ended ${endedMs} ms; longest task ${round(thread.longestTaskCpuMs)} ms CPU ` +
      `(${round(thread.longestTaskWallMs)} ms wall); main thread ${round(thread.totalCpuMs)} ms ` +
      `CPU; the runner's run ${round(thread.runnerCpuMs)} ms CPU; longest round trip ${roundTrip} ms; ` +
      `longest input ${inputMs} ms (${inputs} inputs)`,
  );
  return { endedMs: endedMs as number | null, inputMs, inputs, ...thread };
}

test("an endless print loop leaves the page answering within 400 ms and ends by itself", async ({
  browser,
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  await setProgram(
    page,
    'import { sleep } from "gevent";\nwhile (true) {\nprint("x");\nyield* sleep(0);\n}\n',
  );
  const { endedMs, longestTaskCpuMs, totalCpuMs, inputMs, inputs } = await floodRun(
    browser,
    page,
    40_000,
  );
  expect(endedMs).not.toBeNull();
  expect(inputs).toBeGreaterThan(1);
  expect(inputMs).toBeLessThan(MAX_INPUT_MS);
  expect(longestTaskCpuMs).toBeLessThan(MAX_TASK_MS);
  expect(totalCpuMs).toBeLessThan(MAX_FLOOD_CPU_MS);
  await expect(runSummary(page)).toContainText("printed more than 250,000 lines");
  await expect(outputRegion(page)).toContainText("earlier lines are not shown");
});

// "Finish in under 2 s" is judged on the CPU the run costs, the runner's and the page's (which
// run side by side): the wall time, logged too, is what the machine's load makes it.
test("100,000 prints finish in under 2 s and show the last line", async ({ browser, page }) => {
  await openApp(page);
  await setProgram(page, "for (let i = 0; i < 100000; i++) print(`line ${i}`);\n");
  const { endedMs, longestTaskCpuMs, totalCpuMs, runnerCpuMs } = await floodRun(
    browser,
    page,
    20_000,
  );
  expect(endedMs).not.toBeNull();
  expect(runnerCpuMs).toBeGreaterThan(0);
  expect(totalCpuMs + runnerCpuMs).toBeLessThan(2000);
  expect(longestTaskCpuMs).toBeLessThan(MAX_TASK_MS);
  expect(totalCpuMs).toBeLessThan(MAX_FLOOD_CPU_MS);
  await expect(runSummary(page)).toContainText("Finished");
  await expect(outputRegion(page).getByText("line 99999", { exact: true })).toBeInViewport();
});

test("a 20 MB line is cut for display, says so, and keeps the page answering", async ({
  browser,
  page,
}) => {
  await openApp(page);
  await setProgram(page, 'print("y".repeat(20_000_000));\nprint("after");\n');
  const { endedMs, longestTaskCpuMs } = await floodRun(browser, page, 20_000);
  expect(endedMs).not.toBeNull();
  expect(longestTaskCpuMs).toBeLessThan(MAX_TASK_MS);
  await expect(outputRegion(page)).toContainText("(19,990,000 more characters not shown)");
  await expect(outputRegion(page)).toContainText("after");
  await runToEnd(page);
});
