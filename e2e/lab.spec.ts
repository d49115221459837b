// The scheduler lab on the page: be the hub (choose by key, step back to a choice point, fork a
// branch, reach a goal), threads mode's preemption points, and the comparison with a pinned run.
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, runToEnd, setProgram } from "./app";
import { openLesson } from "./shell";

const PRODUCER_CONSUMER = [
  'import { joinall, sleep, spawn } from "gevent";',
  'import { Queue } from "gevent/queue";',
  "const q = new Queue<number>();",
  "function* producer() {",
  "for (let i = 0; i < 3; i++) {",
  "yield* q.put(i);",
  "yield* sleep(0);",
  "}",
  "}",
  "function* consumer() {",
  'for (let i = 0; i < 3; i++) print("got", yield* q.get());',
  "}",
  "yield* joinall([spawn(producer), spawn(consumer)]);",
].join("\n");

/** Line 5 reads nothing: line 4 read num, line 5 writes it back one more. */
const RACE = [
  'import { spawn, joinall } from "gevent";',
  "let num = 0;",
  "function* add() {",
  "const seen = num;",
  "num = seen + 1;",
  "}",
  "yield* joinall([spawn(add), spawn(add)]);",
  "print(num);",
].join("\n");

const CRAWLER = (patched: boolean) =>
  [
    'import { joinall, spawn } from "gevent";',
    'import * as monkey from "gevent/monkey";',
    'import * as requests from "requests";',
    patched ? "monkey.patchAll();" : "// not patched",
    "function* fetch(url: string) {",
    "const r = yield* requests.get(url);",
    "print(url, r.statusCode);",
    "}",
    // The lesson's hosts: 0.3 s, 0.5 s and 0.2 s; one after another blocking, at once patched.
    'const urls = ["https://www.python.org/", "https://www.yahoo.com/", "https://github.com/"];',
    "yield* joinall(urls.map((u) => spawn(fetch, u)));",
  ].join("\n");

const lab = (page: Page) => page.getByTestId("lab-panel");
const choice = (page: Page) => page.locator(".lab-choice");

async function openLab(page: Page) {
  await lab(page).locator("summary").click();
  await expect(lab(page).getByRole("button", { name: "Be the hub" })).toBeVisible();
}

/** Milliseconds the last replay took (choice, fork or branch), once the run shown is idle. */
async function replayMs(page: Page): Promise<number> {
  await expect(page.locator("body")).toHaveAttribute("data-run-state", "idle");
  return Number(await choice(page).getAttribute("data-choice-ms"));
}

/** Presses number key `n` (outside the editor) and waits for choice point `next` to be open. */
async function chooseKey(page: Page, n: number, next: number | "end"): Promise<number> {
  await lab(page).locator(".lab-turn").click();
  await page.keyboard.press(String(n));
  if (next === "end") await expect(choice(page)).toHaveAttribute("data-open-choice", "");
  else await expect(choice(page)).toHaveAttribute("data-open-choice", String(next));
  await expect(page.locator("body")).toHaveAttribute("data-run-state", "idle");
  return Number(await choice(page).getAttribute("data-choice-ms"));
}

// The queue's hand-over to the waiting consumer is a hub callback that switches into it: a
// choice candidate beside the producer's own turn, so choosing the consumer whenever it can run
// makes it find the queue empty again and again.
test("be the hub on a producer and a consumer: choose, step back, choose differently, reach a goal", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, "queue");
  await setProgram(page, PRODUCER_CONSUMER);
  await openLab(page);
  await lab(page)
    .getByLabel("Goal")
    .selectOption({ label: "A getter finds a queue empty three times" });
  await lab(page).getByRole("button", { name: "Be the hub" }).click();
  await expect(choice(page)).toHaveAttribute("data-open-choice", "0");
  const options = choice(page).locator("[data-option]");
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText("start greenlet #2 (producer)");
  await expect(options.nth(1)).toContainText("start greenlet #3 (consumer)");
  await expect(lab(page).locator(".lab-goal")).toHaveAttribute("data-goal", "not-yet");

  // The consumer first: it finds the queue empty. The run stopped here goes on in its worker.
  const times = [await chooseKey(page, 2, 1)];
  await expect(choice(page)).toHaveAttribute("data-choice-how", "went-on");
  await expect(choice(page)).toContainText(/went on from the paused run in \d+ ms/);
  await expect(lab(page).locator("[data-choice-point]")).toHaveCount(1);
  await expect(lab(page).locator("[data-choice-point='0']")).toHaveText("1: consumer #3");

  // Back to the first choice point: a second branch, where the producer goes first.
  await lab(page).locator("[data-choice-point='0']").click();
  await expect(lab(page).locator(".lab-branches")).toHaveAttribute("data-branches", "2");
  await expect(choice(page)).toHaveAttribute("data-open-choice", "0");
  const forks = [await replayMs(page)];
  await expect(choice(page)).toHaveAttribute("data-choice-how", "replayed");
  times.push(await chooseKey(page, 1, 1));
  await expect(lab(page).locator("[data-choice-point='0']")).toHaveText("1: producer #2");

  // Back on branch 1, the consumer is chosen whenever it can run: three empty gets.
  await lab(page).getByRole("button", { name: "Branch 1" }).click();
  await expect(lab(page).locator(".lab-branches")).toHaveAttribute("data-branch", "0");
  await expect(choice(page)).toHaveAttribute("data-open-choice", "1");
  for (let i = 0; i < 20; i++) {
    if ((await lab(page).locator(".lab-goal").getAttribute("data-goal")) === "reached") break;
    const open = await choice(page).getAttribute("data-open-choice");
    if (open === "") break;
    const texts = await choice(page).locator("[data-option]").allTextContents();
    const consumer = texts.findIndex((t) => t.includes("consumer"));
    times.push(
      await chooseKey(page, consumer >= 0 ? consumer + 1 : 1, Number(open) + 1).catch(() => 0),
    );
  }
  await expect(lab(page).locator(".lab-goal")).toHaveAttribute("data-goal", "reached");
  await expect(lab(page).locator(".lab-goal-status")).toContainText("Goal reached at step");
  await page.screenshot({ path: "test-results/lab-hub-producer-consumer.png" });
  // Forks of branch 1 back to its choice points, each a replay of the program up to there.
  for (const at of [2, 1, 0]) {
    await lab(page).locator(`[data-choice-point='${at}']`).click();
    await expect(choice(page)).toHaveAttribute("data-open-choice", String(at));
    forks.push(await replayMs(page));
  }
  console.log(`choice times (ms): ${times.map((t) => Math.round(t)).join(", ")}`);
  console.log(`fork times (ms): ${forks.map((t) => Math.round(t)).join(", ")}`);
  expect(errors).toEqual([]);
});

// The schedule, from `play FILE --threads --json --choices 1,0,1,0,1`: start the second adder
// first; it goes on past line 4 and is preempted at line 5 (it has read num); the first adder
// starts, goes on past line 4 and is preempted at line 5 too: both between the read and the
// write, and the hub's next choice point is open (resume either, or main once one finished).
test("be the hub in threads mode on a race: two greenlets between the read and the write", async ({
  page,
}) => {
  await openLesson(page, "queue");
  await setProgram(page, RACE);
  await openLab(page);
  await lab(page).getByLabel("Threads mode (preemption)").check();
  await lab(page)
    .getByLabel("Goal")
    .selectOption({ label: "Two greenlets inside lines 1–1 at once" });
  await lab(page).getByLabel("from line").fill("5");
  await lab(page).getByLabel("to line").fill("5");
  await lab(page).getByRole("button", { name: "Be the hub" }).click();
  await expect(choice(page)).toHaveAttribute("data-open-choice", "0");
  await expect(choice(page).locator(".lab-caption")).toContainText("Choice point");
  await chooseKey(page, 2, 1);
  // Step back and go on differently, then take the schedule that interleaves the two.
  await lab(page).locator("[data-choice-point='0']").click();
  await expect(choice(page)).toHaveAttribute("data-open-choice", "0");
  await chooseKey(page, 1, 1);
  await lab(page).getByRole("button", { name: "Branch 1" }).click();
  await expect(choice(page)).toHaveAttribute("data-open-choice", "1");
  await chooseKey(page, 1, 2);
  await chooseKey(page, 2, 3);
  await expect(choice(page).locator(".lab-caption")).toContainText("Preemption point");
  await chooseKey(page, 1, 4);
  await expect(lab(page).locator(".lab-goal")).toHaveAttribute("data-goal", "not-yet");
  await chooseKey(page, 2, 5);
  await expect(lab(page).locator(".lab-goal")).toHaveAttribute("data-goal", "reached");
  await expect(choice(page).locator(".lab-caption")).toContainText("Choice point");
  await page.screenshot({ path: "test-results/lab-hub-race.png" });
});

test("compare the crawler blocking against patched: the table, the output, stacked timelines", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, "monkey-patching");
  await setProgram(page, CRAWLER(false));
  await runToEnd(page);
  await openLab(page);
  await lab(page).getByRole("button", { name: "Pin this run" }).click();
  await expect(lab(page).locator(".lab-compare")).toHaveAttribute("data-pinned", "gevent");
  await setProgram(page, CRAWLER(true));
  await runToEnd(page);
  const table = lab(page).locator(".lab-compare-table");
  await expect(table).toBeVisible();
  const elapsed = table.getByRole("row", { name: /Elapsed/ });
  await expect(elapsed.locator("td").nth(0)).toHaveText("1.0 s");
  await expect(elapsed.locator("td").nth(1)).toHaveText("0.5 s");
  await expect(table.getByRole("row", { name: /waiting at once/ })).toContainText("4");
  // Patched, the pages arrive in the order of their latencies: every line differs.
  const diff = lab(page).locator(".lab-output-diff");
  await expect(diff).toHaveAttribute("data-output-differences", "3");
  await expect(diff.locator("li").first()).toContainText("https://www.python.org/ 200");
  await expect(diff.locator("li").first()).toContainText("https://github.com/ 200");

  // The pinned run's timeline above this run's, labelled, on one axis.
  const stack = page.locator("[data-stacked-timelines]");
  await expect(stack.getByText("Pinned (gevent)")).toBeVisible();
  await expect(stack.getByText("This run (gevent)")).toBeVisible();
  const pinned = page.locator("[data-pinned-timeline-canvas]");
  const shown = page.locator("[data-timeline-canvas]");
  await expect(pinned).toBeVisible();
  await expect(shown).toBeVisible();
  await page.getByRole("button", { name: "Time", exact: true }).click();
  await expect(pinned).toHaveAttribute("data-window", /^time /);
  const windows = async () => [
    await pinned.getAttribute("data-window"),
    await shown.getAttribute("data-window"),
  ];
  const sameWindow = () => expect.poll(async () => new Set(await windows()).size).toBe(1);
  await sameWindow();
  // Fitted, the shared axis shows the longer run whole: the pinned 1 s, past this run's 0.5 s.
  const span = Number((await shown.getAttribute("data-window"))!.split(" ")[2]);
  expect(span).toBeGreaterThan(1);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await sameWindow();
  const zoomed = Number((await pinned.getAttribute("data-window"))!.split(" ")[2]);
  expect(zoomed).toBeLessThan(span);
  // A wheel pan over the pinned timeline moves this run's too.
  const before = await shown.getAttribute("data-window");
  await pinned.hover();
  await page.mouse.wheel(200, 0);
  await expect(shown).not.toHaveAttribute("data-window", before!);
  await sameWindow();
  await page.screenshot({ path: "test-results/lab-compare.png" });
  expect(errors).toEqual([]);
});

test("be the hub on the queue lesson: a key chooses, and the next choice point opens", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, "queue");
  await openLab(page);
  await lab(page).getByRole("button", { name: "Be the hub" }).click();
  await expect(choice(page)).toHaveAttribute("data-open-choice", "0");
  const options = choice(page).locator("[data-option]");
  await expect(options).toHaveCount(3);
  await expect(options.nth(1)).toContainText("start lily #3");
  // The Inspector shows the open choice point: its candidates, what each would do.
  await page.getByRole("tab", { name: "Inspector" }).click();
  const shown = page.locator(".inspector-choice");
  await expect(shown).toHaveAttribute("data-inspector-choice", "0");
  await expect(shown.locator("h3")).toHaveText("Choice point 1");
  await expect(shown.locator("[data-candidate]")).toHaveCount(3);
  await expect(shown.locator("[data-candidate='1']")).toContainText("start lily #3");
  await expect(shown.locator("[data-candidate='0']")).toContainText("gevent's pick");
  await expect(shown).toContainText("The run waits here for your choice");
  await chooseKey(page, 1, 1);
  await expect(lab(page).locator("[data-choice-point='0']")).toBeVisible();
  // A run brings the output to the front: the Inspector again, at the next choice point.
  await page.getByRole("tab", { name: "Inspector" }).click();
  await expect(shown).toHaveAttribute("data-inspector-choice", "1");
  await page.screenshot({ path: "test-results/lab-inspector-choice.png" });
  expect(errors).toEqual([]);
});
