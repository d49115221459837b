import { expect, test, type Page } from "@playwright/test";
import { runToEnd, setProgram } from "./app";
import { editorLines } from "./program";
import { openLesson } from "./shell";

const errorMarks = (page: Page) => page.locator(".monaco-editor .squiggly-error");
const warningMarks = (page: Page) => page.locator(".monaco-editor .squiggly-warning");

/** The message of the editor's next problem (F8), as the learner reads it. */
async function nextProblem(page: Page): Promise<string> {
  await editorLines(page).click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("F8");
  const widget = page.locator(".marker-widget");
  await expect(widget).toBeVisible();
  return (await widget.innerText()).replace(/\u00a0/g, " ");
}

test.beforeEach(async ({ page }) => {
  await openLesson(page, "queue");
});

test("hovering spawn shows its doc comment in English and Chinese", async ({ page }) => {
  // At the start of its line, `spawn` is a text span of its own in Monaco's rendering.
  await setProgram(page, 'import { spawn } from "gevent";\nspawn(() => print(1));\n');
  const word = editorLines(page).locator(".view-line").nth(1).getByText("spawn", { exact: true });
  const hover = page.locator(".monaco-hover:not(.hidden)");
  // The TypeScript worker may still be starting: hover again until it answers.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await word.hover();
    await expect(hover).toContainText("Create a greenlet", { timeout: 2_000 });
  }).toPass();
  await expect(hover).toContainText("创建运行");
  await expect(hover).toContainText("Greenlet<");
});

test("a top-level yield* is not flagged and has its operation's type", async ({ page }) => {
  await setProgram(
    page,
    'import { Queue } from "gevent/queue";\n' +
      "const q = new Queue<number>();\n" +
      "q.putNowait(1);\n" +
      "const item = yield* q.get();\n" +
      "const text: string = item;\n",
  );
  // Markers come from the worker a moment after typing, maybe from half-typed text: poll.
  await expect(errorMarks(page)).toHaveCount(1);
  // The mark is on the learner's fifth line, not on the yield* above it.
  const mark = await errorMarks(page).boundingBox();
  const fifth = editorLines(page).locator(".view-line", { hasText: /text:\s+string/ });
  const line = await fifth.boundingBox();
  expect(mark).not.toBeNull();
  expect(line).not.toBeNull();
  expect(Math.abs(mark!.y + mark!.height / 2 - (line!.y + line!.height / 2))).toBeLessThan(
    line!.height / 2,
  );
  const message = await nextProblem(page);
  expect(message).toContain("Type 'number' is not assignable to type 'string'");
});

test("a program without type errors shows no marker", async ({ page }) => {
  await setProgram(
    page,
    'import { sleep, spawn } from "gevent";\n' +
      "function* task(n: number) { yield* sleep(n); return n * 2; }\n" +
      "const g = spawn(task, 1);\n" +
      "yield* g.join();\n" +
      "const doubled: number = yield* task(2);\n" +
      "print(doubled, g.value);\n" +
      "const neverRead = 0;\n",
  );
  // The unused variable is greyed out once the worker has checked this text: only then does
  // "no error mark" mean something.
  await expect(page.locator(".monaco-editor .squiggly-inline-unnecessary")).toHaveCount(1);
  await expect(errorMarks(page)).toHaveCount(0);
});

test("an operation never yield*-ed gets a warning marker after a run", async ({ page }) => {
  await setProgram(page, 'import { sleep } from "gevent";\nsleep(1);\nprint("done");\n');
  await expect(warningMarks(page)).toHaveCount(0);
  await runToEnd(page);
  await expect(warningMarks(page)).toHaveCount(1);
  expect(await nextProblem(page)).toContain("did you forget `yield*`?");
});

test("a greenlet's uncaught exception marks the line that threw", async ({ page }) => {
  await setProgram(
    page,
    'import { spawn, joinall } from "gevent";\n' +
      "function* bad() {\n" +
      '  throw new Error("boom");\n' +
      "}\n" +
      "yield* joinall([spawn(bad)]);\n",
  );
  await runToEnd(page);
  await expect(errorMarks(page)).toHaveCount(1);
  const message = await nextProblem(page);
  expect(message).toContain("Error: boom");
  expect(message).toContain("<Greenlet: bad> failed with Error");
});
