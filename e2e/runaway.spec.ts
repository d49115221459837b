import { expect, test } from "@playwright/test";
import { openApp, outputRegion, runSummary, runToEnd, setProgram } from "./app";

/** The watchdog's default: a run silent this long is ended. */
const STALL_LIMIT_MS = 2000;
/** A regular expression that backtracks for ages: no loop guard can interrupt it. */
const HANG = '/^(a+)+$/.test("a".repeat(40) + "b");';

test("an endless loop is stopped within the limit, naming its line, and the next Run works", async ({
  page,
}) => {
  await openApp(page);
  await setProgram(
    page,
    'print("before the loop");\nlet spins = 0;\nwhile (true) {\nspins++;\n}\n',
  );
  const started = Date.now();
  await runToEnd(page);
  expect(Date.now() - started).toBeLessThan(STALL_LIMIT_MS + 1000);
  await expect(runSummary(page)).toContainText("CPU loop at line 3");
  await expect(outputRegion(page)).toContainText("before the loop");

  await setProgram(page, 'print("next run");\n');
  await runToEnd(page);
  await expect(outputRegion(page)).toContainText("next run");
});

test("while a run hangs the page stays responsive, and the watchdog ends it naming the greenlet and line", async ({
  page,
}) => {
  await openApp(page);
  await setProgram(
    page,
    [
      'import { spawn, sleep } from "gevent";',
      "function* stuck() {",
      "yield* sleep(0);",
      'print("about to hang");',
      HANG,
      "}",
      "const g = spawn(stuck);",
      "yield* g.join();",
    ].join("\n"),
  );
  const started = Date.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputRegion(page)).toContainText("about to hang");
  // A button still reacts while the worker is stuck, and the run is still going when it does.
  await page.getByRole("button", { name: "Clear output" }).click();
  await expect(outputRegion(page)).not.toContainText("about to hang");
  expect(await page.locator("body").getAttribute("data-run-state")).toBe("running");

  await expect(page.locator("body")).toHaveAttribute("data-run-state", "idle", {
    timeout: STALL_LIMIT_MS + 3000,
  });
  expect(Date.now() - started).toBeLessThan(STALL_LIMIT_MS + 2000);
  const summary = runSummary(page);
  await expect(summary).toContainText("Stopped: nothing switched for 2 s.");
  // Its last traced act: the print at line 4 (the hang at line 5 never reports, the worker is
  // stuck in it).
  await expect(summary).toContainText("Greenlet g (stuck) was running, last seen at line 4");

  await setProgram(page, 'print("next run");\n');
  await runToEnd(page);
  await expect(outputRegion(page)).toContainText("next run");
});

test("Stop ends a run at once and the next Run works", async ({ page }) => {
  await openApp(page);
  await setProgram(page, HANG + "\n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.locator("body")).toHaveAttribute("data-run-state", "running");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-run-state", "idle", { timeout: 1000 });
  await expect(runSummary(page)).toHaveText("Stopped.");
  await setProgram(page, 'print("after stop");\n');
  await runToEnd(page);
  await expect(outputRegion(page)).toContainText("after stop");
});
