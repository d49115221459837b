import type { TimelineMessages } from "../../i18n/timeline-messages";
import type { HoverInfo } from "./timeline-controller";

const seconds = (t: number) => `${t.toFixed(3)}s`;

/** What is under the pointer: greenlet, status and reason, operation and object, line, time, step. */
export function TimelineTooltip({
  hover,
  t,
  passive = false,
}: {
  hover: HoverInfo;
  t: TimelineMessages;
  /** Over a run other than the one shown (the lab's pinned run): a click moves no cursor. */
  passive?: boolean;
}) {
  const { segment, mark } = hover;
  if (segment === null) return null;
  const status = t.status[segment.words.status];
  const reason = segment.words.reason === null ? null : t.reason[segment.words.reason];
  const left = Math.min(hover.left + 14, Math.max(0, hover.width - 260));
  return (
    <div className="timeline-tooltip" role="status" style={{ left, top: hover.top + 14 }}>
      <div>
        <span className="who">{segment.greenlet}</span> — {status}
        {reason !== null && `: ${reason}`}
      </div>
      {segment.operation !== null && (
        <div>
          <code>{segment.operation}</code>
        </div>
      )}
      {segment.ending !== null && (
        <div>
          <code>{segment.ending}</code>
        </div>
      )}
      {/* A choice point says what it is in its own section below. */}
      {mark !== null && hover.choice === null && (
        <div>
          {t.mark[mark.key]}
          {mark.text !== null && (
            <>
              : <code>{mark.text}</code>
            </>
          )}
        </div>
      )}
      {hover.choice !== null && (
        <div className="timeline-choice">
          {t.tipChoice({ n: hover.choice.length })}
          <ol>
            {hover.choice.map((c, i) => (
              <li key={i} className={c.chosen ? "chosen" : undefined}>
                {c.text}
                {c.chosen && <strong> ({t.tipChosen})</strong>}
              </li>
            ))}
          </ol>
          {hover.choice.every((c) => !c.chosen) && <div>{t.tipChoiceOpen}</div>}
        </div>
      )}
      <div className="hint">
        {[
          segment.line > 0 ? t.tipLine({ line: mark?.line || segment.line }) : null,
          t.tipTime({ from: seconds(segment.fromTime), to: seconds(segment.toTime) }),
          t.tipStep({ from: segment.firstStep, to: segment.lastStep }),
        ]
          .filter((part) => part !== null)
          .join(" · ")}
      </div>
      {!passive && <div className="hint">{t.tipCursor({ step: hover.step })}</div>}
    </div>
  );
}
