import { lazy, Suspense } from "react";
import type { CodeEditorProps } from "./editor-types";
import { PlainEditor } from "./PlainEditor";

// Monaco and its TypeScript worker are megabytes: the page is usable with the plain editor
// until they arrive.
const MonacoEditor = lazy(() => import("./monaco/MonacoEditor"));

export function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<PlainEditor {...props} />}>
      <MonacoEditor {...props} />
    </Suspense>
  );
}
