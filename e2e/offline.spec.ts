import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, outputRegion, runSummary, runToEnd } from "./app";
import { APP_ORIGIN, DEPLOY_FOLDER, SECOND_ORIGIN, SUB_PATH } from "./origins";

test.use({ serviceWorkers: "allow" });

/** Opens the playground at `url` and waits until its service worker has cached all of it. */
async function visitOnce(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(page.locator("body")).toHaveAttribute("data-offline", "ready", { timeout: 30_000 });
}

for (const [where, url] of [
  ["at the root", `${APP_ORIGIN}/`],
  ["under a sub-path", `${SECOND_ORIGIN}${SUB_PATH}`],
]) {
  test(`after one visit ${where}, the playground reloads, type-checks and runs a lesson with no network`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await visitOnce(page, url);
    await context.setOffline(true);
    const errors = collectErrors(page);
    await page.goto(`${url}#lesson/queue`);
    await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
    await expect(page.getByRole("heading", { level: 2, name: /Queue/ })).toBeVisible();
    await runToEnd(page);
    await expect(runSummary(page)).toContainText("Finished after");
    await expect(outputRegion(page)).not.toContainText("Press Run");
    // Monaco's TypeScript worker came from the cache too.
    await page.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText('\nconst answer: number = "forty-two";');
    await expect(page.locator(".squiggly-error")).not.toHaveCount(0);
    // Another lesson, never opened online: lessons come with the app.
    await page.goto(`${url}#lesson/pool`);
    await runToEnd(page);
    await expect(runSummary(page)).toContainText("Finished after");
    expect(errors).toEqual([]);
  });
}

test("a new deployment is noticed and offered as reload to update", async ({ page }) => {
  test.setTimeout(90_000);
  rmSync(DEPLOY_FOLDER, { recursive: true, force: true });
  cpSync("dist", DEPLOY_FOLDER, { recursive: true });
  const url = `${SECOND_ORIGIN}/deploy/`;
  await visitOnce(page, url);
  await expect(page.getByText("A new version of the playground is ready.")).toHaveCount(0);

  // The next build changes index.html, and so the service worker's list of what it caches.
  const index = join(DEPLOY_FOLDER, "index.html");
  writeFileSync(
    index,
    readFileSync(index, "utf8").replace("<head>", '<head><meta name="deployment" content="2">'),
  );
  const sw = join(DEPLOY_FOLDER, "sw.js");
  const before = readFileSync(sw, "utf8");
  const after = before.replace(/(url:"index\.html",revision:")[^"]+"/, '$1deployment-2"');
  expect(after).not.toBe(before);
  writeFileSync(sw, after);

  // Reloading is served by the old version, which notices the new one and offers it.
  await page.reload();
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
  const notice = page.getByRole("status").filter({ hasText: "A new version" });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await notice.getByRole("button", { name: "Reload to update" }).click();
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
});
