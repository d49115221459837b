import type { Messages } from "../i18n/messages";
import type { RunModel } from "../trace/model/run-model";
import { rowAt } from "../store/step-views";

/** What step `step` did in a few words (the event table's text). */
export function stepWords(model: RunModel, step: number, t: Messages): string {
  const s = t.stepping;
  return s.event(rowAt(model, step).fact, { kind: s.objectKind, reason: s.reason });
}
