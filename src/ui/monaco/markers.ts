import type { EditorMarker } from "../editor-types";
import { monaco } from "./monaco-setup";

/** Monaco's marker for ours: a given end, else the word at the position, else the whole line. */
export function toMonacoMarker(
  model: monaco.editor.ITextModel,
  marker: EditorMarker,
): monaco.editor.IMarkerData {
  const line = Math.min(Math.max(1, marker.line), model.getLineCount());
  const column = Math.max(1, marker.column);
  const word = model.getWordAtPosition({ lineNumber: line, column });
  const wholeLine = column === 1 && marker.endColumn === undefined;
  const endColumn =
    marker.endColumn ??
    (wholeLine ? model.getLineMaxColumn(line) : (word?.endColumn ?? column + 1));
  return {
    severity:
      marker.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: marker.message,
    startLineNumber: line,
    startColumn: wholeLine ? model.getLineFirstNonWhitespaceColumn(line) || 1 : column,
    endLineNumber: marker.endLine ?? line,
    endColumn,
  };
}
