import { expect, test } from "@playwright/test";
import { collectErrors, outputRegion, runSummary, runToEnd, setProgram } from "./app";
import { lessonFile, lessonIds, openLesson } from "./shell";

test("the console shows each line's virtual time and greenlet, and sets stderr apart", async ({
  page,
}) => {
  await openLesson(page, "event");
  await setProgram(
    page,
    [
      'import { spawn, sleep } from "gevent";',
      "function* late() {",
      "yield* sleep(0.5);",
      'print("half a second");',
      'throw new Error("broken");',
      "}",
      "const worker = spawn(late);",
      "yield* worker.join();",
      'print("main again");',
    ].join("\n"),
  );
  await runToEnd(page);
  const lines = outputRegion(page).locator(".console-line");
  await expect(lines.first()).toContainText("0.500s");
  await expect(lines.first()).toContainText("worker #2");
  await expect(lines.first()).toContainText("half a second");
  const stderr = outputRegion(page).locator(".console-line.stderr");
  await expect(stderr.first()).toContainText("error output: Error: broken");
  await expect(lines.last()).toContainText("main");
  await expect(lines.last()).toContainText("main again");
});

test("a long run shows its progress, can be stopped, and keeps its output", async ({ page }) => {
  await openLesson(page, "event");
  await setProgram(
    page,
    [
      'import { sleep } from "gevent";',
      'print("started");',
      "for (let i = 0; ; i++) {",
      // Some work between switches, so the run goes on for minutes before any limit.
      "let sum = 0;",
      "for (let j = 0; j < 20000; j++) sum += j;",
      "yield* sleep(0.001);",
      "}",
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(runSummary(page)).toContainText(/virtual time [\d.]+ s, [\d,]+ events/);
  await page.keyboard.press("Escape");
  await expect(page.locator("body")).toHaveAttribute("data-run-state", "idle");
  await expect(runSummary(page)).toHaveText("Stopped.");
  await expect(outputRegion(page)).toContainText("started");
});

test("a run limit is named in the learner's language and the output so far is kept", async ({
  page,
}) => {
  await openLesson(page, "event");
  await setProgram(
    page,
    [
      'import { socket } from "socket";',
      "const s = socket();",
      's.bind(["127.0.0.1", 0]);',
      "s.listen(1);",
      'print("listening");',
      "yield* s.accept();",
    ].join("\n"),
  );
  await runToEnd(page);
  // Said once: the runtime's own sentence names the call, its line and why.
  await expect(runSummary(page)).toContainText(
    "Stopped: socket.accept() at line 6 would block forever: no client is connecting",
  );
  await expect(runSummary(page)).not.toContainText("永远");
  await expect(outputRegion(page)).toContainText("listening");
});

test("Ctrl+Enter runs from inside the editor, and ? lists the shortcuts", async ({ page }) => {
  const errors = collectErrors(page);
  await openLesson(page, "actors");
  const body = page.locator("body");
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(body).toHaveAttribute("data-runs-finished", "1");
  await expect(outputRegion(page)).toContainText("ping");

  await page.getByRole("heading", { name: "Output" }).click();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Run the program");
  await expect(dialog).toContainText("Stop the run");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test("the theme toggles, follows the system by default, and is remembered", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await openLesson(page, "event");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Theme", exact: true }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  await context.close();
});

test("the exercise is checked after each run: an invitation until the program changed, then the reasons it is not done", async ({
  page,
}) => {
  await openLesson(page, "spawn-joinall");
  const result = page.locator(".exercise-result");
  await expect(result).toContainText("the exercise is checked after each run");
  await runToEnd(page);
  await expect(result).toContainText("Your turn");
  await expect(result).not.toContainText("Not yet:");
  await expect(result).toHaveClass(/invitation/);
  await expect(outputRegion(page).locator(".exercise-short")).toHaveText(
    "Your turn: the lesson's exercise asks you to change this program.",
  );

  await setProgram(page, lessonFile("spawn-joinall", "program.ts") + "\n// a first change\n");
  await runToEnd(page);
  await expect(result).toHaveClass(/failed/);
  await expect(result).toContainText("Not yet:");
  await expect(result).toContainText("The output lacks this line (in order): sync cost time 2.0");

  await setProgram(page, lessonFile("spawn-joinall", "solution.ts"));
  await runToEnd(page);
  await expect(result).toContainText("Done! Your last run passes the exercise.");
  await expect(outputRegion(page)).toContainText("Exercise done.");
});

test("a link to a lesson that does not exist says so", async ({ page }) => {
  await page.goto("/#lesson/no-such-lesson");
  await expect(page.getByRole("alert")).toContainText("There is no lesson “no-such-lesson”");
});

test("the lesson list shows the current lesson, and stays closed after a reload once closed", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openLesson(page, lessonIds[lessonIds.length - 1]);
  const list = page.getByRole("navigation", { name: "Lessons" });
  await expect(list.locator("[aria-current=page]")).toBeInViewport({ ratio: 1 });

  await page.getByRole("button", { name: "Close the lesson list" }).click();
  await expect(list).toBeHidden();
  await page.reload();
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(list).toBeHidden();
  await page.getByRole("button", { name: "Lessons" }).click();
  await expect(list).toBeVisible();
  await page.reload();
  await expect(list).toBeVisible();
  await context.close();
});
