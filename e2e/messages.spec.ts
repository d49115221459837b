import { expect, test, type Page } from "@playwright/test";
import { openApp, runSummary, runToEnd, setProgram } from "./app";
import { openLesson } from "./shell";

const LOOP_EXIT = [
  'import { Queue } from "gevent/queue";',
  "const q = new Queue<number>();",
  'print("waiting");',
  "const item = yield* q.get();",
].join("\n");
const CPU_LOOP = 'print("spin");\nlet n = 0;\nwhile (true) {\nn++;\n}\n';

async function inChinese(page: Page) {
  await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
}

test("a LoopExit and a CPU loop are told once, naming the greenlet, in English and in Chinese", async ({
  page,
}) => {
  await openApp(page);
  await setProgram(page, LOOP_EXIT);
  await runToEnd(page);
  const summary = runSummary(page);
  await expect(summary).toHaveText(
    "LoopExit: This operation would block forever, since no greenlet can run. " +
      "main waits on q.get() at line 4.",
  );
  await setProgram(page, CPU_LOOP);
  await runToEnd(page);
  await expect(summary).toHaveText(
    "Stopped: greenlet main ran for over 1 s without yielding (a CPU loop at line 3). " +
      "The output and trace so far are kept.",
  );

  await inChinese(page);
  const zhSummary = page.getByRole("region", { name: "输出" }).getByRole("status");
  await expect(zhSummary).toContainText("greenlet main 超过 1 秒没有让出（第 3 行的 CPU 循环）");
  await setProgram(page, LOOP_EXIT);
  await page.getByRole("button", { name: "运行", exact: true }).click();
  await expect(zhSummary).toContainText("main 在第 4 行等待 q.get()");
  await expect(zhSummary).not.toContainText("would block");
  expect(await zhSummary.textContent()).not.toMatch(/\t|\(line/);
});

test("event counts are written alike in the progress and the summary", async ({ page }) => {
  await openApp(page);
  await setProgram(
    page,
    'import { sleep } from "gevent";\nfor (let i = 0; i < 1000; i++) yield* sleep(0);\n',
  );
  await runToEnd(page);
  await expect(runSummary(page)).toContainText(/\d,\d{3} trace events/);
});

test("a lesson's Chinese text has no stray spaces where its lines break", async ({ page }) => {
  await openLesson(page, "greenlet-producer-consumer");
  await inChinese(page);
  const lesson = page.getByRole("region", { name: "课文", exact: true });
  await expect(lesson).toContainText("每一次控制权的转移");
  const stray = await lesson.evaluate((el) =>
    (el.textContent ?? "").match(/[\u4e00-\u9fff] [\u4e00-\u9fff]/g),
  );
  expect(stray).toBeNull();
});
