import { expect, test, type Page } from "@playwright/test";
import { APP_ORIGIN, SECOND_ORIGIN } from "./origins";

/** The docs' example page, served from another origin, embedding the app's build. */
const HOST_PAGE = `${SECOND_ORIGIN}/host/embed-example.html?playground=${APP_ORIGIN}/`;

interface Logged {
  from: string;
  type: string;
  steps?: number;
  step?: number;
}

const log = (page: Page) =>
  page.evaluate(() => (window as unknown as { embedLog: Logged[] }).embedLog);

async function messages(page: Page, from: string, type: string): Promise<Logged[]> {
  return (await log(page)).filter((m) => m.from === from && m.type === type);
}

function send(page: Page, id: string, message: Record<string, unknown>) {
  return page.evaluate(
    ([id, message]) =>
      (window as unknown as { sendToEmbed(id: string, m: unknown): void }).sendToEmbed(id, message),
    [id, message] as const,
  );
}

test("a page on another origin embeds two examples that load, run, step on request and report it", async ({
  page,
}) => {
  await page.goto(HOST_PAGE);
  // Both embeds say they are ready; the first runs by itself (autoplay) and reports the run.
  await expect.poll(async () => (await log(page)).filter((m) => m.type === "ready").length).toBe(2);
  await expect
    .poll(async () => (await messages(page, "event-example", "runFinished")).length)
    .toBe(1);
  const [{ steps }] = await messages(page, "event-example", "runFinished");
  expect(steps).toBeGreaterThan(10);
  // After a run the cursor sits on the last step.
  await expect
    .poll(async () => (await messages(page, "event-example", "stepChanged")).at(-1)?.step)
    .toBe(steps! - 1);

  // The host steps it: setStep, and the host page's own buttons.
  await send(page, "event-example", { type: "setStep", step: 3 });
  await expect
    .poll(async () => (await messages(page, "event-example", "stepChanged")).at(-1)?.step)
    .toBe(3);
  await page
    .locator('[data-for="event-example"]')
    .getByRole("button", { name: "Step forward" })
    .click();
  await expect(page.locator('[data-for="event-example"] output')).toHaveText(`Step 5 of ${steps}`);

  // The second, read-only: the learner cannot type, the host can load a program and run it.
  const queue = page.frameLocator("#queue-example");
  await expect(queue.locator("body")).toHaveAttribute("data-editor", "monaco");
  await queue.locator(".monaco-editor textarea").focus();
  await page.keyboard.insertText("typed by a learner");
  await expect(queue.locator(".monaco-editor .view-lines")).not.toContainText("typed by a learner");
  await page
    .locator('[data-for="queue-example"]')
    .getByRole("button", { name: "Load a two-greenlet program" })
    .click();
  await page.locator('[data-for="queue-example"]').getByRole("button", { name: "Run" }).click();
  await expect(queue.getByRole("region", { name: "Output" })).toContainText("b 1");
  await expect
    .poll(async () => (await messages(page, "queue-example", "runFinished")).length)
    .toBe(1);
});

test("the embed reaches nothing of the host page, and obeys only its parent", async ({ page }) => {
  await page.goto(HOST_PAGE);
  await page.evaluate(() => {
    localStorage.setItem("host-secret", "s3cret");
    (window as unknown as { hostSecret: string }).hostSecret = "s3cret";
  });
  await expect.poll(async () => (await log(page)).filter((m) => m.type === "ready").length).toBe(2);
  const queue = page.frameLocator("#queue-example");

  // The embed's page cannot read the host's document, globals or storage (another origin).
  const frame = page.frame({ url: /lesson\/queue/ })!;
  const reach = await frame.evaluate(() => {
    const attempts: string[] = [];
    for (const attempt of [
      () => window.parent.document.title,
      () => (window.parent as unknown as { hostSecret: string }).hostSecret,
      () => window.parent.localStorage.getItem("host-secret"),
    ]) {
      try {
        attempts.push(String(attempt()));
      } catch (error) {
        attempts.push((error as Error).name);
      }
    }
    return { attempts, storage: localStorage.getItem("host-secret") };
  });
  expect(reach.attempts).toEqual(["SecurityError", "SecurityError", "SecurityError"]);
  expect(reach.storage).toBeNull();

  // A program sent by the host runs in the sandboxed worker: no page, no parent, no network.
  const probe = [
    "print(typeof document, typeof window, typeof parent, typeof localStorage);",
    "let fetched = 'blocked';",
    `try { fetch("${SECOND_ORIGIN}/host/embed-example.html").then(() => print("fetched")); } catch { fetched = 'no fetch'; }`,
    "print(fetched);",
  ].join("\n");
  await send(page, "queue-example", { type: "setCode", code: probe });
  await send(page, "queue-example", { type: "run" });
  await expect
    .poll(async () => (await messages(page, "queue-example", "runFinished")).length)
    .toBe(1);
  // The console draws on animation frames, which Chromium holds back for a cross-origin frame
  // out of view: look at it, as the reader would.
  await page.locator("#queue-example").scrollIntoViewIfNeeded();
  const output = queue.getByRole("region", { name: "Output" });
  await expect(output).toContainText("undefined undefined undefined undefined");
  await expect(output).not.toContainText("fetched");

  // A frame beside the embed (not its parent) cannot drive it.
  const lines = queue.locator(".monaco-editor .view-lines");
  const before = await lines.textContent();
  await page.evaluate(() => {
    const sibling = document.createElement("iframe");
    sibling.srcdoc =
      "<script>parent.frames[1].postMessage({ type: 'setCode', version: 1, code: 'print(1)' }, '*');" +
      "parent.frames[1].postMessage({ type: 'run', version: 1 }, '*');" +
      "parent.siblingPosted = true;</script>";
    document.body.append(sibling);
  });
  await page.waitForFunction(() => "siblingPosted" in window);
  // The host's own message after the sibling's is obeyed: the sibling's, had it been, came first.
  await send(page, "queue-example", { type: "setStep", step: 0 });
  await expect
    .poll(async () => (await messages(page, "queue-example", "stepChanged")).at(-1)?.step)
    .toBe(0);
  expect((await messages(page, "queue-example", "runFinished")).length).toBe(1);
  expect(await lines.textContent()).toBe(before);
});

test("Open in the playground opens the full app on the same program and step", async ({
  page,
  context,
}) => {
  await page.goto(HOST_PAGE);
  await expect
    .poll(async () => (await messages(page, "event-example", "runFinished")).length)
    .toBe(1);
  await send(page, "event-example", { type: "setStep", step: 6 });
  await expect
    .poll(async () => (await messages(page, "event-example", "stepChanged")).at(-1)?.step)
    .toBe(6);
  const opened = context.waitForEvent("page");
  await page
    .frameLocator("#event-example")
    .getByRole("link", { name: "Open in the playground" })
    .click();
  const app = await opened;
  await expect(app.locator("body")).toHaveAttribute("data-runs-finished", "1");
  await expect(app.locator("body")).toHaveAttribute("data-step", "6");
  expect(new URL(app.url()).origin).toBe(APP_ORIGIN);
  // The step stays in the address, as the app keeps it.
  expect(new URL(app.url()).hash).toBe("#lesson/event?step=6");
  await expect(app.getByRole("heading", { level: 2, name: /Event/ })).toBeVisible();
  await expect(app.locator(".monaco-editor .view-lines")).toContainText("Cost 2 seconds");
});

test("the Share dialog's Embed tab writes a snippet that shows the program at its step in another page", async ({
  page,
}) => {
  await page.goto("/#lesson/event");
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.locator("body")).toHaveAttribute("data-runs-finished", "1");
  const last = Number(await page.locator("body").getAttribute("data-step"));
  expect(last).toBeGreaterThan(3);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this program" });
  await dialog.getByRole("tab", { name: "Embed" }).click();
  await expect(dialog.getByRole("tab", { name: "Embed" })).toHaveAttribute("aria-selected", "true");
  await dialog.getByLabel("Read-only editor").check();
  const snippet = await dialog.getByRole("textbox", { name: "HTML for your page" }).inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#lesson\/event\?/);
  expect(snippet).toContain(`step=${last}`);
  expect(snippet).toContain("readonly=1");

  // Pasted into a page of another site, it shows the lesson run to that step, read-only.
  await page.goto(`${SECOND_ORIGIN}/host/embed-example.html`);
  await page.evaluate((html) => {
    document.body.innerHTML = html;
  }, snippet);
  const embed = page.frameLocator("iframe");
  await expect(embed.locator("body")).toHaveAttribute("data-runs-finished", "1");
  await expect(embed.locator("body")).toHaveAttribute("data-step", String(last));
  await expect(embed.getByRole("region", { name: "Output" })).toContainText("wait start..");
});
