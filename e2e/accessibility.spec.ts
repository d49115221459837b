import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { runToEnd, setProgram } from "./app";
import { openLesson } from "./shell";

/** Ten greenlets print (every colour of the palette) and one fails (a line on stderr). */
const COLOURFUL = [
  'import { spawn, joinall, sleep } from "gevent";',
  "function* task(n: number) {",
  "yield* sleep(n / 10);",
  "print(`task ${n}`);",
  'if (n === 9) throw new Error("nine");',
  "}",
  "yield* joinall(range(10).map((n) => spawn(task, n)));",
  'print("done");',
].join("\n");

/** The serious and critical violations axe finds on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violation in the ${theme} theme`, async ({ browser }) => {
    // Three full axe passes over a lesson with its tasks: near 30 s on a loaded machine.
    test.slow();
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await openLesson(page, "pool");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await runToEnd(page);
    await page.locator(".task-hints button").first().click();
    await page.getByRole("button", { name: "Show the Python side by side" }).click();
    expect(await seriousViolations(page)).toEqual([]);

    await setProgram(page, COLOURFUL);
    await runToEnd(page);
    await expect(page.locator(".console-line.stderr")).not.toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test("axe finds no serious or critical violation on a phone with the lesson drawer open", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openLesson(page, "event");
  await runToEnd(page);
  await page.getByRole("button", { name: "Lessons" }).click();
  await expect(page.getByRole("navigation", { name: "Lessons" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
