import { useId, useState } from "react";
import { embedUrl, iframeSnippet } from "../store/embed-fragment";
import { selectLesson } from "../store/selectors";
import type { CopyState } from "./ShareDialog";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";
import "./EmbedSnippet.css";

interface EmbedSnippetProps {
  onCopy(text: string): Promise<boolean>;
}

/**
 * The Share dialog's Embed tab: the iframe snippet that shows the current program (at the
 * current step, if the author wants) in another page, for tutorial authors (docs/embed.md).
 */
export function EmbedSnippet({ onCopy }: EmbedSnippetProps) {
  const messages = useMessages();
  const t = messages.classroom;
  const locale = useLocale();
  const snippetId = useId();
  const code = useAppState((s) => s.code);
  const lessonId = useAppState((s) => s.lessonId);
  const step = useAppState((s) => s.step);
  const lesson = useAppState(selectLesson);
  const [atStep, setAtStep] = useState(true);
  const [readOnly, setReadOnly] = useState(false);
  const [copied, setCopied] = useState<CopyState>(null);
  const src = embedUrl(window.location.href, { lessonId, code }, lesson?.program ?? null, {
    step: atStep && step >= 0 ? step : null,
    readOnly,
  });
  const snippet = iframeSnippet(src, t.embedTitle({ lesson: lesson?.title[locale] ?? null }));
  return (
    <>
      <p>{t.embedExplain}</p>
      <div className="embed-options">
        {step >= 0 ? (
          <label>
            <input type="checkbox" checked={atStep} onChange={(e) => setAtStep(e.target.checked)} />{" "}
            {t.embedAtStep({ step })}
          </label>
        ) : null}
        <label>
          <input
            type="checkbox"
            checked={readOnly}
            onChange={(e) => setReadOnly(e.target.checked)}
          />{" "}
          {t.embedReadOnly}
        </label>
      </div>
      <label htmlFor={snippetId}>{t.embedSnippet}</label>
      <textarea
        id={snippetId}
        className="share-url embed-snippet"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p role="status" className="share-copy-state">
        {copied === "copied"
          ? t.snippetCopied
          : copied === "failed"
            ? messages.program.copyFailed
            : ""}
      </p>
      <div className="dialog-buttons">
        <button
          type="button"
          onClick={() => void onCopy(snippet).then((ok) => setCopied(ok ? "copied" : "failed"))}
        >
          {t.copySnippet}
        </button>
      </div>
    </>
  );
}
