import { useEffect } from "react";
import { selectOpenChoice } from "../../store/lab-selectors";
import { useAppState } from "../store-context";
import { useLabMessages } from "./use-lab-messages";

/** Keys typed here are the learner's text, not a choice. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return el !== null && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Being the hub: the open choice point's caption and its options, one button each (and a number
 * key each); the chosen one runs until the next choice point.
 */
export function ChoiceBar() {
  const t = useLabMessages();
  const hubMode = useAppState((s) => s.hubMode);
  const open = useAppState(selectOpenChoice);
  const choose = useAppState((s) => s.choose);
  const choiceMs = useAppState((s) => s.choiceMs);
  const how = useAppState((s) => s.choiceHow);
  const running = useAppState((s) => s.status === "running");

  useEffect(() => {
    if (!hubMode || open === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= open.options.length) {
        e.preventDefault();
        void choose(n - 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [hubMode, open, choose]);

  if (!hubMode) return null;
  return (
    <div
      className="lab-choice"
      data-open-choice={open?.index ?? ""}
      data-choice-ms={choiceMs === null ? "" : Math.round(choiceMs)}
      data-choice-how={how ?? ""}
      aria-live="polite"
    >
      {open === null ? (
        <p>{running ? "…" : t.runEnded}</p>
      ) : (
        <>
          <p className="lab-turn">{t.yourTurn({ n: open.index + 1 })}</p>
          <p className="lab-caption">{open.caption}</p>
          <div className="lab-options" role="group" aria-label={t.yourTurn({ n: open.index + 1 })}>
            {open.options.map((o) => (
              <button
                type="button"
                key={o.index}
                disabled={running}
                data-option={o.index}
                onClick={() => void choose(o.index)}
              >
                <kbd>{o.index + 1}</kbd> {o.text}
              </button>
            ))}
          </div>
        </>
      )}
      {choiceMs !== null && (
        <p className="hint">
          {(how === "went-on" ? t.wentOn : t.replayed)({ ms: Math.round(choiceMs) })}
        </p>
      )}
    </div>
  );
}
