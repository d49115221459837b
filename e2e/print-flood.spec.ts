import { expect, test, type Page } from "@playwright/test";
import { openApp, outputRegion, runSummary, runToEnd, setProgram } from "./app";

// Playwright's trace snapshots the whole page on every call: that would be measured too.
test.use({ trace: "off" });

/** The longest the page may take to answer while a run floods it with output. */
const MAX_ROUND_TRIP_MS = 250;

/**
 * Clicks Run and asks the page a trivial question back to back until the run ends (or
 * `giveUpMs` passes): returns the longest answer and how long the run took.
 */
async function sampleRoundTrips(page: Page, giveUpMs: number) {
  const before = Number(await page.locator("body").getAttribute("data-runs-finished"));
  const started = Date.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  let longest = 0;
  while (Date.now() - started < giveUpMs) {
    const sent = Date.now();
    const ended = await page.evaluate(
      (n) => Number(document.body.dataset.runsFinished) > n,
      before,
    );
    longest = Math.max(longest, Date.now() - sent);
    if (ended) return { longest, endedMs: Date.now() - started };
  }
  return { longest, endedMs: null };
}

test("an endless print loop leaves the page answering within 250 ms and ends by itself", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  await setProgram(
    page,
    'import { sleep } from "gevent";\nwhile (true) {\nprint("x");\nyield* sleep(0);\n}\n',
  );
  const { longest, endedMs } = await sampleRoundTrips(page, 40_000);
  expect(endedMs).not.toBeNull();
  expect(longest).toBeLessThan(MAX_ROUND_TRIP_MS);
  await expect(runSummary(page)).toContainText("printed more than 250,000 lines");
  await expect(outputRegion(page)).toContainText("earlier lines are not shown");
});

test("100,000 prints finish in under 2 s and show the last line", async ({ page }) => {
  await openApp(page);
  await setProgram(page, "for (let i = 0; i < 100000; i++) print(`line ${i}`);\n");
  const { longest, endedMs } = await sampleRoundTrips(page, 20_000);
  expect(endedMs).not.toBeNull();
  expect(endedMs!).toBeLessThan(2000);
  expect(longest).toBeLessThan(MAX_ROUND_TRIP_MS);
  await expect(runSummary(page)).toContainText("Finished");
  await expect(outputRegion(page).getByText("line 99999", { exact: true })).toBeInViewport();
});

test("a 20 MB line is cut for display, says so, and keeps the page answering", async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'print("y".repeat(20_000_000));\nprint("after");\n');
  const { longest, endedMs } = await sampleRoundTrips(page, 20_000);
  expect(endedMs).not.toBeNull();
  expect(longest).toBeLessThan(MAX_ROUND_TRIP_MS * 4);
  await expect(outputRegion(page)).toContainText("(19,990,000 more characters not shown)");
  await expect(outputRegion(page)).toContainText("after");
  await runToEnd(page);
});
