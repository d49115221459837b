import { useState } from "react";
import type { Localized } from "../../../lessons/format";
import { MarkdownInline } from "../markdown/Markdown";
import { useLocale, useMessages } from "../use-messages";

/** A task's hints, one more on each request: a nudge first, nearly the answer last. */
export function StepHints({ hints }: { hints: readonly Localized[] }) {
  const t = useMessages().tasks;
  const locale = useLocale();
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <div className="task-hints">
      {hints.slice(0, shown).map((hint, index) => (
        <p key={index} className="task-hint">
          <strong>{t.hint({ n: index + 1 })}: </strong>
          <MarkdownInline source={hint[locale]} />
        </p>
      ))}
      {shown < hints.length && (
        <button type="button" onClick={() => setShown(shown + 1)}>
          {t.nextHint({ shown, total: hints.length })}
        </button>
      )}
    </div>
  );
}
