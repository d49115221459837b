import type { CodeEditorProps } from "./editor-types";

/** A plain text area with the editor's props: shown while Monaco loads, and without it. */
export function PlainEditor({ value, onChange, label, readOnly = false }: CodeEditorProps) {
  return (
    <textarea
      className="plain-editor"
      aria-label={label}
      spellCheck={false}
      readOnly={readOnly}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
