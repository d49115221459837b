/**
 * What the views that follow the cursor read at the cursor (src/trace/stepping, through the
 * store so the page asks one place): the inspector's picture, a step's row, the editor's
 * marks and the step's line. Each reads the model; none changes it or the store.
 */
import type { RunModel } from "../trace/model/run-model";
import { explain, type Lang } from "../trace/narration/explain";
import { deadlockReport, type DeadlockReport } from "../trace/narration/wait-for-words";
import { eventRow, type EventRow } from "../trace/stepping/event-row";
import { inspectorView, type InspectorView } from "../trace/stepping/inspector-view";
import { greenletMarks, stepLine, type GreenletMark } from "../trace/stepping/step-view";
import type { AppState } from "./app-store";

export type { DeadlockReport, EventRow, GreenletMark, InspectorView };

export const inspectorAt = (model: RunModel, step: number): InspectorView | null =>
  inspectorView(model, step);

export const rowAt = (model: RunModel, step: number): EventRow => eventRow(model, step);

export const marksAt = (model: RunModel, step: number): GreenletMark[] =>
  greenletMarks(model, step);

/** The line of the step at the cursor (0 when none). */
export const selectStepLine = (state: AppState): number =>
  state.model === null ? 0 : stepLine(state.model, state.step);

/** The narration's sentence for the step, in the learner's language. */
export const sentenceAt = (model: RunModel, step: number, lang: Lang): string =>
  explain(model, step, lang);

/** Why a finished run got stuck (its wait-for graph and the sentences), or null if it did not. */
export const deadlockOf = (model: RunModel, lang: Lang): DeadlockReport | null =>
  model.finished ? deadlockReport(model, lang) : null;
