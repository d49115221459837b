import { expect, test } from "@playwright/test";
import { collectErrors, runToEnd, setProgram } from "./app";
import { lessonFile, openLesson } from "./shell";

test("a prediction is made before running and checked against the run", async ({ page }) => {
  const errors = collectErrors(page);
  await openLesson(page, "event");
  const predict = page.getByRole("region", { name: "Task 1: predict" });
  await expect(predict).toContainText("Run the program, then check your prediction");
  // Listed: wait start.., i will wait, sleep over, Cost 2 seconds. The run's order puts
  // Cost 2 seconds first and wait start.. last.
  for (let i = 0; i < 3; i++)
    await predict.getByRole("button", { name: "Move “Cost 2 seconds” up" }).click();
  for (let i = 0; i < 2; i++)
    await predict.getByRole("button", { name: "Move “wait start..” down" }).click();
  await expect(predict.locator(".predict-order code")).toHaveText([
    "Cost 2 seconds",
    "i will wait",
    "sleep over",
    "wait start..",
  ]);
  await runToEnd(page);
  await predict.getByRole("button", { name: "Check against the run" }).click();
  await expect(predict).toContainText("Right: the run agrees.");
  await expect(predict.getByRole("heading")).toContainText("Done");
  expect(errors).toEqual([]);
});

test("a wrong prediction is told the run's answer", async ({ page }) => {
  await openLesson(page, "spawn-joinall");
  const predict = page.getByRole("region", { name: "Task 1: predict" });
  await predict.getByRole("radio", { name: "2 s", exact: true }).check();
  await runToEnd(page);
  await predict.getByRole("button", { name: "Check against the run" }).click();
  await expect(predict).toContainText("Not quite: the run did otherwise.");
  await expect(predict).toContainText("The run says: 7 s");
});

test("hints come one at a time, and a solution only after a try", async ({ page }) => {
  await openLesson(page, "event");
  const change = page.getByRole("region", { name: "Task 2: change the program" });
  await change.getByRole("button", { name: "Show a hint" }).click();
  await expect(change.locator(".task-hint")).toHaveCount(1);
  await change.getByRole("button", { name: "Next hint (1 of 2 shown)" }).click();
  await expect(change.locator(".task-hint")).toHaveCount(2);
  await expect(change.getByRole("button", { name: /hint/i })).toHaveCount(0);

  await expect(change).toContainText("A solution can be shown after you have run a try");
  await runToEnd(page);
  // The lesson's own program: an invitation, and still no solution.
  await expect(change).toContainText("Your turn");
  await expect(change.getByRole("button", { name: "Show a solution" })).toHaveCount(0);
  await setProgram(page, `${lessonFile("event", "program.ts")}\n// a try of my own\n`);
  await runToEnd(page);
  await expect(change).toContainText("“gave up” should be printed at 1 s");
  await change.getByRole("button", { name: "Show a solution" }).click();
  await expect(change.locator(".task-solution code")).toContainText("evt.wait(1)");
});

test("a lesson whose tasks pass is marked done in the list, and stays so after a reload", async ({
  page,
}) => {
  await openLesson(page, "event");
  const predict = page.getByRole("region", { name: "Task 1: predict" });
  for (let i = 0; i < 3; i++)
    await predict.getByRole("button", { name: "Move “Cost 2 seconds” up" }).click();
  for (let i = 0; i < 2; i++)
    await predict.getByRole("button", { name: "Move “wait start..” down" }).click();
  await runToEnd(page);
  await predict.getByRole("button", { name: "Check against the run" }).click();
  await expect(predict).toContainText("Right: the run agrees.");
  // The solution's run cannot answer the prediction (no waiter is woken), but it stays done.
  await setProgram(page, lessonFile("event", "solution.ts"));
  await runToEnd(page);
  await expect(predict).toContainText("This run cannot answer the question");
  const change = page.getByRole("region", { name: "Task 2: change the program" });
  await expect(change).toContainText("Done! Your last run passes the exercise.");
  const eventLink = page
    .getByRole("navigation", { name: "Lessons" })
    .getByRole("link", { name: /Event/ });
  await expect(eventLink).toContainText("Lesson done");
  await page.reload();
  await expect(eventLink).toContainText("Lesson done");
  await expect(page.locator(".exercise h3")).toContainText("Lesson done");
});
