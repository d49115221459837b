/**
 * Driving the built app as a learner does: through the page only (e2e imports nothing from
 * src). Waits use the app's own signals (`data-editor`, `data-run-state`, `data-runs-finished`
 * on <body>), never sleeps.
 */
import { expect, type Page } from "@playwright/test";

/** Console errors and uncaught page errors seen since the page opened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Opens the app and waits until Monaco has replaced the plain editor. */
export async function openApp(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(page.locator("body")).toHaveAttribute("data-run-state", "idle");
}

/**
 * Waits until the editor's TypeScript worker has checked the program: its start-up costs the
 * page's process a second or more of a core, which tests that measure the page's own work
 * must not count.
 */
export async function typescriptReady(page: Page): Promise<void> {
  await expect(page.locator("body")).toHaveAttribute("data-typescript", "ready", {
    timeout: 20_000,
  });
}

/** Replaces the program in the editor. Monaco may re-indent lines; line numbers stay. */
export async function setProgram(page: Page, code: string): Promise<void> {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** Clicks Run and returns once that run has ended (however it ended). */
export async function runToEnd(page: Page): Promise<void> {
  const body = page.locator("body");
  const before = Number(await body.getAttribute("data-runs-finished"));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(body).toHaveAttribute("data-runs-finished", String(before + 1));
}

export const outputRegion = (page: Page) => page.getByRole("region", { name: "Output" });
export const runSummary = (page: Page) => outputRegion(page).getByRole("status");
