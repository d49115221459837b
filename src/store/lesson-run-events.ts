/**
 * A run as the lessons' checks, predictions and moments read it: the run model's steps as
 * decoded events (`model.event(step)`, whose seq is the step the cursor goes to). Reading the
 * model, which the page has built anyway, spares a second decoding of the whole trace, and a
 * moment, a prediction and a check all name the same steps. The model keeps no CLOCK events
 * (each step carries its time) and drops state events that restate a count; nothing the
 * lessons check depends on either (lesson-run-events.test.ts runs every lesson file both ways).
 */
import type { TraceEvent } from "../trace/decode";
import type { RunModel } from "../trace/model/run-model";

export function modelEvents(model: RunModel): TraceEvent[] {
  const events: TraceEvent[] = [];
  for (let step = 0; step < model.stepCount; step++) events.push(model.event(step));
  return events;
}
