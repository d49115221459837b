/**
 * Options after a fragment's route: `#lesson/event?step=12&lang=zh-CN`. The app's own fragments
 * (`#lesson/<id>`, share links `#v1/<lesson>/<payload>`) never contain `?` (lesson ids are
 * lowercase words, the share payload's alphabet has none), so the first `?` starts the options
 * and the route before it is read as always. The app reads `step`; an embed reads them all
 * (embed-fragment.ts). Unknown or malformed options are ignored. Pure.
 */
import type { Locale, Theme } from "./preferences";

export type EmbedPane = "editor" | "output" | "timeline";
export const EMBED_PANES: readonly EmbedPane[] = ["editor", "output", "timeline"];

export interface FragmentOptions {
  /** The step to show once the program has run (from 0). */
  step: number | null;
  locale: Locale | null;
  theme: Theme | null;
  /** The panes an embed shows, in its order; null: all of them. */
  panes: readonly EmbedPane[] | null;
  /** The learner cannot edit the program (the host page still may, with `setCode`). */
  readOnly: boolean;
  /** Run the program as soon as the embed opens. */
  autoplay: boolean;
}

export const NO_OPTIONS: FragmentOptions = {
  step: null,
  locale: null,
  theme: null,
  panes: null,
  readOnly: false,
  autoplay: false,
};

const STEP = /^\d{1,9}$/;
const LOCALES: readonly string[] = ["en", "zh-CN"];
const THEMES: readonly string[] = ["light", "dark"];
const YES: readonly string[] = ["1", "true", "yes", ""];

function readPanes(value: string | null): readonly EmbedPane[] | null {
  if (value === null) return null;
  const panes = EMBED_PANES.filter((pane) => value.split(",").includes(pane));
  return panes.length > 0 ? panes : null;
}

/** The route (with its `#`) and the options of fragment `hash`. */
export function splitFragment(hash: string): { route: string; options: FragmentOptions } {
  const mark = hash.indexOf("?");
  if (mark < 0) return { route: hash, options: NO_OPTIONS };
  const params = new URLSearchParams(hash.slice(mark + 1));
  const step = params.get("step");
  const locale = params.get("lang");
  const theme = params.get("theme");
  const flag = (name: string) => params.has(name) && YES.includes(params.get(name)!);
  return {
    route: hash.slice(0, mark),
    options: {
      step: step !== null && STEP.test(step) ? Number(step) : null,
      locale: locale !== null && LOCALES.includes(locale) ? (locale as Locale) : null,
      theme: theme !== null && THEMES.includes(theme) ? (theme as Theme) : null,
      panes: readPanes(params.get("panes")),
      readOnly: flag("readonly"),
      autoplay: flag("autoplay"),
    },
  };
}

/** `route` with the options that differ from none (no `?` when there are none). */
export function joinFragment(route: string, options: Partial<FragmentOptions>): string {
  const params: string[] = [];
  const { step, locale, theme, panes, readOnly, autoplay } = options;
  if (step !== undefined && step !== null && step >= 0) params.push(`step=${Math.floor(step)}`);
  if (locale) params.push(`lang=${locale}`);
  if (theme) params.push(`theme=${theme}`);
  if (panes && panes.length > 0) params.push(`panes=${panes.join(",")}`);
  if (readOnly) params.push("readonly=1");
  if (autoplay) params.push("autoplay=1");
  return params.length > 0 ? `${route}?${params.join("&")}` : route;
}
