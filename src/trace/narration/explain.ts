/**
 * `explain(model, step, lang)`: one sentence saying what happened at a step of a run and why, in
 * English or Simplified Chinese, with the names the program gave. Pure.
 */
import type { RunModel } from "../model/run-model";
import { describeStep } from "./describe-step";
import type { Lang } from "./lang";
import { sentenceEn } from "./words-en";
import { sentenceZh } from "./words-zh-cn";

export type { Lang } from "./lang";

/** The sentence of step `step` of `model`; "" for a step the model does not hold. */
export function explain(model: RunModel, step: number, lang: Lang): string {
  if (!Number.isInteger(step) || step < 0 || step >= model.stepCount) return "";
  const fact = describeStep(model, step);
  return lang === "en" ? sentenceEn(fact) : sentenceZh(fact);
}
