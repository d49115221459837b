import { useId, useState } from "react";
import { PinnedTimeline } from "./lab/PinnedTimeline";
import { StepBar } from "./StepBar";
import { useMessages } from "./use-messages";
import { TimelineView } from "./timeline-view/TimelineView";
import { WindowLink } from "./timeline-view/window-link";
import "./TimelineRegion.css";

/**
 * The run's timeline and, unless the page places it elsewhere (after the editor on a phone),
 * the step bar: under the editor and the output on wide screens, last on a phone.
 */
export function TimelineRegion({ withStepBar = true }: { withStepBar?: boolean }) {
  const t = useMessages();
  const headingId = useId();
  // The lab's pinned run, when there is one, is drawn above on the same axis.
  const [link] = useState(() => new WindowLink());
  return (
    <section className="timeline-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.timeline}</h2>
      <PinnedTimeline link={link} />
      <TimelineView link={link} />
      {withStepBar && <StepBar />}
    </section>
  );
}
