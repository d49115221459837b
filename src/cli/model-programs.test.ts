/**
 * Every lesson program and solution and every conformance port, run as `play` runs it: its run
 * model builds whole, its final state agrees with what the program printed and how it ended,
 * `--explain` tells every step in both languages without a gap, and the streamed export holds
 * the same events as the export of the decoded trace.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile, evaluate } from "../compile/index";
import { runProgram, type RunResult } from "../runtime/run";
import { EV, HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { decodeTrace } from "../trace/decode";
import { RunModel } from "../trace/model/run-model";
import { toChromeTrace } from "../trace/perfetto";
import { streamChromeTrace } from "../trace/perfetto-stream";
import { explainEnd, explainLine } from "./explain-run";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

function programFiles(): string[] {
  const lessons = readdirSync(join(REPO, "lessons"))
    .filter((name) => statSync(join(REPO, "lessons", name)).isDirectory())
    .flatMap((id) => [`lessons/${id}/program.ts`, `lessons/${id}/solution.ts`]);
  const ports = readdirSync(join(REPO, "conformance/ports")).map((f) => `conformance/ports/${f}`);
  return [...lessons, ...ports].sort();
}

function run(file: string): { result: RunResult; model: RunModel } {
  const compiled = compile(readFileSync(join(REPO, file), "utf8"));
  if (!compiled.ok) throw new Error(`${file}: ${compiled.error.message}`);
  const result = runProgram(evaluate(compiled.program), {
    sites: compiled.program.sites,
    trace: true,
  });
  return { result, model: RunModel.fromTrace(result.trace) };
}

const DEAD = new Set(["finished", "failed", "killed", "abandoned"]);

/** The sentences with the program's own text (printed lines, values, reprs) taken out. */
function withoutProgramText(text: string, strings: readonly string[]): string {
  const own = strings.filter((s) => s.length > 1 && s !== "undefined" && s !== "null");
  own.sort((a, b) => b.length - a.length);
  let rest = text;
  for (const s of own) rest = rest.split(s).join("«»");
  return rest;
}

/** The JSON with flow ids renumbered in order of appearance: the two exports number them apart. */
function withFlowIdsInOrder(json: string): string {
  const ids = new Map<string, number>();
  return json.replace(/"id":(\d+)/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `"id":${ids.get(id)}`;
  });
}

/**
 * Past this many steps (one port switches 100,000 times) the narration is checked on the first
 * and last steps and a sample between, and the export is left to the million-event measurement:
 * the same sentences repeat, and the whole would take most of a minute on a shared machine.
 */
const LARGE = 20_000;

function toldSteps(model: RunModel): number[] {
  const all = Array.from({ length: model.stepCount }, (_, i) => i);
  if (model.stepCount <= LARGE) return all;
  return all.filter((i) => i < 5000 || i >= model.stepCount - 5000 || i % 101 === 0);
}

describe.each(programFiles())("%s", (file) => {
  const { result, model } = run(file);

  it("builds a whole model whose final state agrees with the run", () => {
    expect(model.damage).toBeNull();
    expect(model.eventCount).toBe(result.events);
    const end = model.stateAt(model.stepCount - 1);
    let stdout = "";
    for (let i = 0; i < model.outputCount; i++) {
      const e = model.event(model.outputStep(i)!);
      if (e.kind === EV.OUTPUT && e.stream === "stdout") stdout += e.text + "\n";
    }
    expect(stdout).toBe(result.stdout);
    expect(end.printed).toBe(model.outputCount);
    expect(end.error?.name ?? null).toBe(result.error?.name ?? null);
    expect(end.greenlets[MAIN_GID]?.status).toBe(
      result.error === null ? "finished" : expect.stringMatching(/^(failed|finished|running)$/),
    );
    const live = end.greenlets.filter(
      (g) => g !== undefined && g.gid !== HUB_GID && !DEAD.has(g.status),
    );
    if (result.error === null) expect(live.map((g) => [g!.gid, g!.status])).toEqual([]);
  });

  it.each(["en", "zh-CN"] as const)("is told step by step in %s without a gap", (lang) => {
    const lines = toldSteps(model).map((step) => explainLine(model, step, lang));
    for (const line of lines) {
      const sentence = line.split("  ").slice(3).join("  ");
      expect(sentence.length, line).toBeGreaterThan(0);
    }
    const text = [...lines, ...explainEnd(model, lang)].join("\n");
    const rest = withoutProgramText(text, result.trace.strings);
    expect(rest).not.toMatch(/\?|？|undefined|NaN|\bnull\b|\[object /);
  });

  it.skipIf(model.stepCount > LARGE)("streams the same export as the decoded trace's", () => {
    let json = "";
    streamChromeTrace(model, (chunk) => void (json += chunk));
    expect(() => JSON.parse(json)).not.toThrow();
    const decoded = JSON.stringify(toChromeTrace(decodeTrace(result.trace)));
    expect(withFlowIdsInOrder(json) === withFlowIdsInOrder(decoded)).toBe(true);
  });
});
