import { expect, test } from "@playwright/test";
import { collectErrors, openApp, outputRegion, runSummary, runToEnd, setProgram } from "./app";

test("the page loads with no console errors", async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
  await runToEnd(page);
  expect(errors).toEqual([]);
});

test("Monaco arriving late still starts cleanly: nothing of it runs before all of it is there", async ({
  page,
}) => {
  // Monaco's core arrives first and every other script late, as on a slow network. Anything
  // that called into Monaco before its contributions registered would fail here ("depends on
  // UNKNOWN service"), however the build splits Monaco into chunks.
  await page.route(/\/assets\/(?!index-|editor\.api-)[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const errors = collectErrors(page);
  await openApp(page);
  await runToEnd(page);
  expect(errors).toEqual([]);
});

test("typing a type error shows a marker in the editor", async ({ page }) => {
  await openApp(page);
  await expect(page.locator(".squiggly-error")).toHaveCount(0);
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText('\nconst answer: number = "forty-two";');
  // Markers come from the TypeScript worker a moment after typing: poll for it.
  await expect(page.locator(".squiggly-error")).not.toHaveCount(0);
  // F8 opens the editor's "next problem" widget with the marker's message.
  await page.keyboard.press("F8");
  await expect(page.locator(".marker-widget")).toContainText(
    "Type 'string' is not assignable to type 'number'",
  );
});

test("Run prints the program's output", async ({ page }) => {
  await openApp(page);
  await setProgram(
    page,
    'import { spawn, sleep } from "gevent";\n' +
      "function* greet(name: string) {\n" +
      "yield* sleep(1);\n" +
      "print(`hello ${name}`);\n" +
      "}\n" +
      'const g = spawn(greet, "world");\n' +
      "yield* g.join();\n",
  );
  await runToEnd(page);
  await expect(outputRegion(page)).toContainText("hello world");
  await expect(runSummary(page)).toContainText("Finished after 1 virtual seconds");
});

test("a syntax error shows its line and column and marks it", async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'print("fine");\n\nconst broken = ;\n');
  await runToEnd(page);
  await expect(runSummary(page)).toContainText("Syntax error at line 3, column 16");
  await expect(page.locator(".squiggly-error")).not.toHaveCount(0);
});
