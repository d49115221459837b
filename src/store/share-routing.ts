/**
 * Following share links: a `#v1/...` fragment, when the page opens or when it changes later,
 * shows its program (persistence-slice.ts) and gives the address bar back the lesson's own
 * address, `#lesson/<id>`: the program then waits in the tab's session storage, so a reload
 * shows it again while the lesson route stays the one source of which lesson is open. The page's
 * location is passed in.
 */
import type { AppStore } from "./app-store";
import { LESSONS } from "./lesson-catalog";
import { lessonHref } from "./lesson-route";
import type { ProgramStorage } from "./persistence";
import { decodeShareFragment, type ShareDecoding, type SharedProgram } from "./share-link";
import { writePendingShare } from "./share-pending";
import { splitStep, withStep } from "./step-route";

export interface PageLocation {
  hash(): string;
  /** Changes the fragment without a new history entry and without a hashchange event. */
  replaceHash(hash: string): void;
  onHashChange(listener: () => void): () => void;
}

/** The fragment that replaces a share link's: the route of the lesson it names, even damaged. */
function routeAfter(decoding: ShareDecoding): string {
  if (decoding.kind === "shared") return lessonHref(decoding.program.lessonId ?? LESSONS[0].id);
  if (decoding.kind === "unreadable" && decoding.lessonId !== null) {
    return lessonHref(decoding.lessonId);
  }
  return "";
}

/**
 * A program shared from no lesson (`#v1//<code>`) opens in the first lesson, where the page
 * starts: it is shown there like any shared program, not dropped.
 */
function inALesson(program: SharedProgram): SharedProgram {
  return program.lessonId === null ? { ...program, lessonId: LESSONS[0].id } : program;
}

/**
 * Before the app starts: moves a share link's program into `session` (where the store finds it)
 * and rewrites the address. Returns what the fragment was, for the store's options.
 */
export function takeShareLinkAtStart(location: PageLocation, session: ProgramStorage | null) {
  // A step after the link (step-route.ts) stays in the address for the cursor.
  const { base, step } = splitStep(location.hash());
  const decoding = decodeShareFragment(base);
  if (decoding.kind === "not-a-share") return decoding;
  if (decoding.kind === "shared") writePendingShare(session, inALesson(decoding.program));
  location.replaceHash(withStep(routeAfter(decoding), step));
  return decoding;
}

/** While the app runs: a share link pasted into the address bar opens like a new page would. */
export function followShareLinks(store: AppStore, location: PageLocation): () => void {
  return location.onHashChange(() => {
    const { base, step } = splitStep(location.hash());
    const decoding = decodeShareFragment(base);
    if (decoding.kind === "not-a-share") return;
    location.replaceHash(withStep(routeAfter(decoding), step));
    if (decoding.kind === "shared") store.getState().showSharedProgram(inALesson(decoding.program));
    else store.getState().noteBrokenShareLink(decoding.reason);
  });
}

/** The browser's location and history as a PageLocation. */
export function browserLocation(win: Window): PageLocation {
  return {
    hash: () => win.location.hash,
    replaceHash: (hash) => {
      const { pathname, search } = win.location;
      win.history.replaceState(win.history.state, "", `${pathname}${search}${hash}`);
    },
    onHashChange: (listener) => {
      win.addEventListener("hashchange", listener);
      return () => win.removeEventListener("hashchange", listener);
    },
  };
}
