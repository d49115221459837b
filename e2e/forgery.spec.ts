import { expect, test } from "@playwright/test";
import { openApp, outputRegion, runSummary, runToEnd, setProgram } from "./app";

/** Every message type the runner sends, forged by the program for guessed run ids. */
const FORGER = [
  "const g = globalThis as any;",
  'const summary = { stdout: "FORGED done", stderr: "", elapsed: 99, events: 1, error: null, warnings: [] };',
  'const ids = [null, 0, 1, 2, 3, "1", "00000000000000000000000000000001"];',
  "for (const runId of ids) {",
  '  g.postMessage({ type: "crashed", runId, message: "please visit evil.example" });',
  '  g.postMessage({ type: "compile-error", runId, error: { line: 1, column: 1, message: "FORGED syntax error" } });',
  '  g.postMessage({ type: "progress", runId, virtualTime: 7, events: 7 });',
  '  g.postMessage({ type: "compiled", runId, sites: [[0, 0]] });',
  '  g.postMessage({ type: "trace", runId, words: new Uint32Array([18 | (1 << 8), 1, 0, 0]).buffer, strings: ["", "FORGED output"], firstString: 0 });',
  '  g.postMessage({ type: "done", runId, summary });',
  '  g.postMessage({ type: "ready" });',
  "}",
  // The port's postMessage, replaced after the runner took its own: the runner does not use it.
  // Written to type-check: any red mark in the editor would be a forged one.
  "const original = g.MessagePort.prototype.postMessage;",
  "g.MessagePort.prototype.postMessage = function (this: unknown, m: unknown, t?: any) {",
  '  return original.call(this, { type: "crashed", runId: "x", message: "hijacked" }, t);',
  "};",
  'print("honest line");',
].join("\n");

test("a program that forges every message type of the runner is not taken for it", async ({
  page,
}) => {
  await openApp(page);
  await setProgram(page, FORGER);
  await runToEnd(page);
  const output = outputRegion(page);
  await expect(output).toContainText("honest line");
  await expect(runSummary(page)).toContainText("Finished after 0 virtual seconds");
  // The page's own voice: output, run summary, notices, alerts (the editor holds the forger's
  // text, and Monaco's own screen-reader alerts are not the page's).
  const voices = [
    output,
    page.locator(".program-notices"),
    page.locator('[role="alert"]:not(.monaco-alert)'),
  ];
  const said = (await Promise.all(voices.map((voice) => voice.allTextContents())))
    .flat()
    .join("\n");
  for (const forged of ["FORGED", "evil.example", "hijacked", "99 virtual seconds"]) {
    expect(said).not.toContain(forged);
  }
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(0);
});

test("a loop that catches the loop guard's error and forges progress is still stopped", async ({
  page,
}) => {
  await openApp(page);
  await setProgram(
    page,
    [
      "const g = globalThis as any;",
      "let spins = 0;",
      "while (true) {",
      "  try {",
      "    while (true) {",
      '      if (++spins % 100000 === 0) for (const runId of [1, 2, 3]) g.postMessage({ type: "progress", runId, virtualTime: 0, events: spins });',
      "    }",
      "  } catch (e) {",
      "    spins++;",
      "  }",
      "}",
    ].join("\n"),
  );
  const started = Date.now();
  await runToEnd(page);
  expect(Date.now() - started).toBeLessThan(4000);
  await expect(runSummary(page)).toContainText(/never yielded|nothing switched|without yielding/);
  await setProgram(page, 'print("next run");\n');
  await runToEnd(page);
  await expect(outputRegion(page)).toContainText("next run");
});
