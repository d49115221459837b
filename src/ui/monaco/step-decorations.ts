import type { StepMark } from "../editor-types";
import { monaco } from "./monaco-setup";
import "./step-marks.css";

/** Monaco's hover text is markdown: the names in it are the learner's, shown as they are. */
const plain = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, "\\$&");

/** A greenlet's mark as a Monaco decoration: its line in its colour, a glyph when it waits. */
export function toStepDecoration(mark: StepMark): monaco.editor.IModelDeltaDecoration {
  const hover = { value: plain(mark.hover) };
  return {
    range: new monaco.Range(mark.line, 1, mark.line, 1),
    options: {
      isWholeLine: true,
      className: `step-line step-${mark.kind} ${mark.colour}`,
      linesDecorationsClassName: `step-bar-mark step-${mark.kind} ${mark.colour}`,
      glyphMarginClassName:
        mark.kind === "other"
          ? undefined
          : `step-glyph glyph-${mark.reason ?? mark.kind} ${mark.colour}`,
      glyphMarginHoverMessage: hover,
      hoverMessage: hover,
      zIndex: mark.kind === "running" ? 2 : 1,
    },
  };
}
