/**
 * Monaco behind the narrow CodeEditor props. It owns one model (the program); the props drive
 * it, and the learner's edits flow back through onChange only.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CodeEditorProps } from "../editor-types";
import { toMonacoMarker } from "./markers";
import { toStepDecoration } from "./step-decorations";
import { monaco, PROGRAM_URI, whenTypeScriptChecks } from "./monaco-setup";

/** The owner name of the markers we set, apart from the TypeScript service's own. */
const MARKER_OWNER = "playground";

/** A callback ref that creates the editor in its element and disposes it when it goes. */
function useMonacoEditor(label: string) {
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const attach = useCallback(
    (host: HTMLDivElement | null) => {
      if (!host) return;
      const model =
        monaco.editor.getModel(PROGRAM_URI) ??
        monaco.editor.createModel("", "typescript", PROGRAM_URI);
      const created = monaco.editor.create(host, {
        model,
        ariaLabel: label,
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 14,
        scrollBeyondLastLine: false,
        // The stepping marks' glyphs (a greenlet's reason to wait) go in this margin.
        glyphMargin: true,
        tabSize: 2,
      });
      setEditor(created);
      document.body.dataset.editor = "monaco";
      let disposed = false;
      void whenTypeScriptChecks().then(() => {
        if (!disposed) document.body.dataset.typescript = "ready";
      });
      return () => {
        disposed = true;
        setEditor(null);
        created.dispose();
        delete document.body.dataset.editor;
        delete document.body.dataset.typescript;
      };
    },
    [label],
  );
  return { editor, attach };
}

export default function MonacoEditor({
  value,
  onChange,
  markers,
  activeLine,
  stepMarks,
  label,
  readOnly = false,
}: CodeEditorProps) {
  const { editor, attach } = useMonacoEditor(label);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const listening = model.onDidChangeContent(() => onChangeRef.current(model.getValue()));
    return () => listening.dispose();
  }, [editor]);

  useEffect(() => {
    const model = editor?.getModel();
    // Only a change from outside (a reset, a lesson) replaces the text; typing is already in.
    if (model && model.getValue() !== value) model.setValue(value);
  }, [editor, value]);

  useEffect(() => editor?.updateOptions({ readOnly }), [editor, readOnly]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markers.map((m) => toMonacoMarker(model, m)),
    );
  }, [editor, markers]);

  useEffect(() => {
    if (!editor || activeLine === null) return;
    const decorations = editor.createDecorationsCollection([
      {
        range: new monaco.Range(activeLine, 1, activeLine, 1),
        options: { isWholeLine: true, className: "active-line" },
      },
    ]);
    editor.revealLineInCenterIfOutsideViewport(activeLine);
    return () => decorations.clear();
  }, [editor, activeLine]);

  useEffect(() => {
    if (!editor || !stepMarks || stepMarks.length === 0) return;
    const decorations = editor.createDecorationsCollection(stepMarks.map(toStepDecoration));
    const running = stepMarks.find((mark) => mark.kind === "running");
    if (running) editor.revealLineInCenterIfOutsideViewport(running.line);
    return () => decorations.clear();
  }, [editor, stepMarks]);

  return <div ref={attach} className="monaco-host" />;
}
