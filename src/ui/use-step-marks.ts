import { useEffect, useMemo, useRef, useState } from "react";
import { marksAt } from "../store/step-views";
import type { StepMark } from "./editor-types";
import { greenletColour } from "./InspectorParts";
import { useAppState, useAppStore } from "./store-context";
import { useMessages } from "./use-messages";

const NONE: StepMark[] = [];

/**
 * One mark per line (tints would pile up): the first greenlet's (the running one comes first)
 * in its colour, with every greenlet on that line named in the hover.
 */
function onePerLine(marks: StepMark[]): StepMark[] {
  const byLine = new Map<number, StepMark>();
  for (const mark of marks) {
    const first = byLine.get(mark.line);
    if (first === undefined) byLine.set(mark.line, { ...mark });
    else first.hover += `\n\n${mark.hover}`;
  }
  return [...byLine.values()];
}

/**
 * The editor's marks at the cursor: every live greenlet's line in its colour, the running one
 * first (the editor scrolls to it). The marks describe the program as it was run: once the learner types they
 * are retired until the next run.
 */
export function useStepMarks(): readonly StepMark[] {
  const s = useMessages().stepping;
  const store = useAppStore();
  const model = useAppState((st) => (st.status === "idle" ? st.model : null));
  const step = useAppState((st) => st.step);
  const code = useAppState((st) => st.code);
  const ranCode = useRef<string | null>(null);
  const [retired, setRetired] = useState(false);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.status === "running" && previous.status !== "running") {
          ranCode.current = state.code;
          setRetired(false);
        }
      }),
    [store],
  );
  useEffect(() => {
    if (ranCode.current !== null && code !== ranCode.current) setRetired(true);
  }, [code]);

  return useMemo(() => {
    if (retired || model === null || step < 0) return NONE;
    const marks = marksAt(model, step).map((m): StepMark => {
      const state = [s.status(m.status), m.reason === null ? null : s.reason(m.reason)]
        .filter(Boolean)
        .join(", ");
      return {
        line: m.line,
        colour: greenletColour(m.gid),
        kind: m.running ? "running" : m.status === "blocked" ? "blocked" : "other",
        reason: m.reason,
        hover: s.markHover({ greenlet: model.label(m.gid), state }),
      };
    });
    return onePerLine(marks);
  }, [retired, model, step, s]);
}
