import { useId, useMemo, useState } from "react";
import { selectStepLine } from "../../store/step-views";
import { useAppState } from "../store-context";
import { useMessages } from "../use-messages";
import { alignLines } from "./line-alignment";
import "./PythonSideBySide.css";

/**
 * The Python program a lesson ports, always in view under the lesson: on its own, or side by
 * side with the editor's TypeScript (as it is now, edits included), each TypeScript line in the
 * row of the Python line it ports (line-alignment.ts) and the cursor's line marked. Side by side
 * widens the lesson's column (the CSS finds the open view); below 720 px each row stacks its two
 * lines.
 */
export function PythonSideBySide({ original }: { original: string }) {
  const messages = useMessages();
  const t = messages.lessonUi;
  const heading = useId();
  const [open, setOpen] = useState(false);
  return (
    <section
      className={`python-side${open ? " is-open" : ""}`}
      aria-labelledby={heading}
      data-side-by-side={open ? "on" : "off"}
    >
      <div className="python-side-header">
        <h3 id={heading}>{open ? t.sideBySide : messages.originalPython}</h3>
        <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
          {open ? t.sideBySideHide : t.sideBySideShow}
        </button>
      </div>
      {open ? (
        <ParallelCode original={original} />
      ) : (
        <pre className="code-block" lang="en" tabIndex={0}>
          <code>{original}</code>
        </pre>
      )}
    </section>
  );
}

function ParallelCode({ original }: { original: string }) {
  const t = useMessages().lessonUi;
  const code = useAppState((s) => s.code);
  const stepLine = useAppState(selectStepLine);
  const ts = useMemo(() => code.split("\n"), [code]);
  const py = useMemo(() => original.split("\n"), [original]);
  const rows = useMemo(() => alignLines(ts, py), [ts, py]);
  return (
    <>
      <p className="hint">{t.sideBySideExplain}</p>
      <div className="parallel-scroll" tabIndex={0}>
        <table className="parallel-code" lang="en">
          {/* Fixed columns: the two programs get half the width each, however long a line. */}
          <colgroup>
            <col className="number-column" />
            <col />
            <col className="number-column" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" colSpan={2}>
                {t.typescript}
              </th>
              <th scope="col" colSpan={2}>
                {t.python}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr
                key={index}
                className={row.ts !== null && row.ts + 1 === stepLine ? "at-step" : undefined}
              >
                <Cell line={row.ts} lines={ts} gap={t.noCounterpart} side="ts" />
                <Cell line={row.py} lines={py} gap={t.noCounterpart} side="py" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** One side of a row: its line number and text, or an empty gap (named for screen readers). */
function Cell({
  line,
  lines,
  gap,
  side,
}: {
  line: number | null;
  lines: readonly string[];
  gap: string;
  side: "ts" | "py";
}) {
  if (line === null) {
    return (
      <>
        <td className={`line-number ${side}`} />
        <td className={`line-text ${side} gap`}>
          <span className="sr-only">{gap}</span>
        </td>
      </>
    );
  }
  return (
    <>
      <td className={`line-number ${side}`}>{line + 1}</td>
      <td className={`line-text ${side}`}>
        <code>{lines[line]}</code>
      </td>
    </>
  );
}
