/** The step bar's icons, drawn (the system fonts lack the media-control glyphs). */
const PATHS = {
  first: "M3 3h2v10H3zM13 3v10L6 8z",
  "previous-switch": "M8 3v10L1 8zM15 3v10L8 8z",
  previous: "M11 3v10L4 8z",
  next: "M5 3v10l7-5z",
  "next-switch": "M1 3v10l7-5zM8 3v10l7-5z",
  last: "M3 3v10l7-5zM11 3h2v10h-2z",
  play: "M4 2v12l10-6z",
  pause: "M4 3h3v10H4zM9 3h3v10H9z",
} as const;

export type StepIconName = keyof typeof PATHS;

export function StepIcon({ name }: { name: StepIconName }) {
  return (
    <svg className="step-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
