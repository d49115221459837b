/**
 * `play --explain`: the run told step by step, one line each (step number, virtual time,
 * greenlet, sentence), and, when the run got stuck, why, from the wait-for graph.
 */
import type { RunModel } from "../trace/model/run-model";
import { explain, type Lang } from "../trace/narration/explain";
import { formatStamp } from "../trace/narration/numbers";
import { deadlockReport } from "../trace/narration/wait-for-words";

const STUCK_HEADING: Record<Lang, string> = {
  en: "Why the run is stuck:",
  "zh-CN": "为什么运行卡住了：",
};

const DAMAGED: Record<Lang, (event: number, reason: string) => string> = {
  en: (event, reason) => `The trace is damaged at event ${event}: ${reason}.`,
  "zh-CN": (event, reason) => `trace 在第 ${event} 个事件处损坏：${reason}。`,
};

/** Step `step` as one line: its number, virtual time, greenlet and sentence. */
export function explainLine(model: RunModel, step: number, lang: Lang): string {
  const width = String(Math.max(0, model.stepCount - 1)).length;
  const stamp = formatStamp(model.timeAt(step)).padStart(formatStamp(model.endTime).length);
  const who = model.label(model.gidAt(step));
  return `${String(step).padStart(width)}  ${stamp}  ${who}  ${explain(model, step, lang)}`;
}

/** What follows the steps: where the trace was damaged, and why the run got stuck. */
export function explainEnd(model: RunModel, lang: Lang): string[] {
  const lines: string[] = [];
  const damage = model.damage;
  if (damage !== null) lines.push(DAMAGED[lang](damage.event, damage.reason));
  const stuck = deadlockReport(model, lang);
  if (stuck !== null) lines.push("", STUCK_HEADING[lang], ...stuck.sentences.map((s) => `  ${s}`));
  return lines;
}

/** The lines of the explanation, each ending with a newline. */
export function explainRun(model: RunModel, lang: Lang): string {
  const lines: string[] = [];
  for (let step = 0; step < model.stepCount; step++) lines.push(explainLine(model, step, lang));
  lines.push(...explainEnd(model, lang));
  return lines.map((line) => line + "\n").join("");
}
