import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, outputRegion, runSummary, runToEnd } from "./app";
import { lessonFile, lessonHas, lessonIds, openLesson } from "./shell";

// One page for all lessons, each opened through its URL as a link would (the fragment changes):
// loading Monaco once keeps the suite quick.
test.describe.configure({ mode: "serial" });

let page: Page;
let errors: string[];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  errors = collectErrors(page);
  await openLesson(page, lessonIds[0]);
});

test.afterAll(async () => {
  await page.close();
});

for (const id of lessonIds) {
  test(`lesson ${id} opens from its URL and runs without error`, async () => {
    await page.goto(`/#lesson/${id}`);
    const heading = lessonFile(id, "text.en.md").split("\n")[0].replace(/^# /, "");
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    const title = JSON.parse(lessonFile(id, "meta.json")).title.en;
    // In the list: the lesson pane links the examples it draws on, whose titles may be the same.
    const list = page.getByRole("navigation", { name: "Lessons" });
    await expect(list.getByRole("link", { name: title })).toHaveAttribute("aria-current", "page");

    await runToEnd(page);
    const expected = lessonFile(id, "expected.out").trimEnd().split("\n");
    const output = outputRegion(page);
    await expect(output).toContainText(expected[0]);
    await expect(output).toContainText(expected[expected.length - 1]);
    await expect(runSummary(page)).toContainText("Finished after");
    // A lesson whose program fails on purpose says so in expected.err, line for line.
    const stderr = lessonHas(id, "expected.err") ? lessonFile(id, "expected.err").trimEnd() : "";
    await expect(output.locator(".console-line.stderr")).toHaveCount(
      stderr === "" ? 0 : stderr.split("\n").length,
    );
    expect(errors).toEqual([]);
  });
}

// Every example of the tutorials, opened from its address and run: it prints, line for line,
// what real gevent printed (conformance/originals, copied from the conformance suite).
const examples: Array<{ name: string }> = JSON.parse(
  readFileSync(new URL("../conformance/examples.json", import.meta.url), "utf8"),
).examples;

for (const { name } of examples) {
  test(`example ${name} runs in the page and prints what real gevent printed`, async () => {
    await page.goto(`/#example/${name}`);
    await expect(page.locator("[data-real-output]")).toBeVisible();
    await runToEnd(page);
    const expected = readFileSync(
      new URL(`../conformance/originals/${name}.out`, import.meta.url),
      "utf8",
    )
      .replace(/\n$/, "")
      .split("\n");
    // The console draws on animation frames: wait for its lines rather than read them at once.
    await expect(outputRegion(page).locator(".console-line.stdout .text")).toHaveText(expected);
    expect(errors).toEqual([]);
  });
}
