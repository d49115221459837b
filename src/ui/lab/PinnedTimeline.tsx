import { TimelineView } from "../timeline-view/TimelineView";
import type { WindowLink } from "../timeline-view/window-link";
import { useAppState } from "../store-context";
import { useLabMessages } from "./use-lab-messages";
import "./lab.css";

/**
 * The lab's comparison on the timeline: with a run pinned, its timeline above the run shown's,
 * on the axis they share (`link`), each labelled. Nothing without a pinned run.
 */
export function PinnedTimeline({ link }: { link: WindowLink }) {
  const t = useLabMessages();
  const pinned = useAppState((s) => s.pinned?.label ?? null);
  const shown = useAppState((s) => s.runLabel);
  if (pinned === null) return null;
  const label = t.stackPinned({ label: pinned });
  return (
    <div className="lab-stack" data-stacked-timelines="">
      <h3 className="lab-stack-label">{label}</h3>
      <TimelineView pinned link={link} label={label} />
      <h3 className="lab-stack-label">{t.stackThisRun({ label: shown })}</h3>
    </div>
  );
}
