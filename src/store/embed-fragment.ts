/**
 * The embed's address: `embed.html#<program>?<options>`, the program in the app's own forms
 * (`lesson/<id>`, or a share link's `v1/<lesson>/<payload>`), then the options of
 * fragment-options.ts. Also the way back: the playground's address for the same program and
 * step, and the iframe snippet the Share dialog offers. Pure: addresses are passed in.
 */
import { joinFragment, splitFragment, type FragmentOptions } from "./fragment-options";
import { lessonHref, parseRoute } from "./lesson-route";
import { decodeShareFragment, encodeShareFragment, type SharedProgram } from "./share-link";

export type EmbedProgram =
  | { kind: "lesson"; id: string }
  | { kind: "shared"; program: SharedProgram }
  /** No program in the address: the embed shows the first lesson. */
  | { kind: "none" }
  | { kind: "unreadable"; reason: "damaged" | "newer-version" };

export function parseEmbedFragment(hash: string): {
  program: EmbedProgram;
  options: FragmentOptions;
} {
  const { route, options } = splitFragment(hash);
  const share = decodeShareFragment(route);
  if (share.kind === "shared") return { program: share, options };
  if (share.kind === "unreadable") return { program: share, options };
  const lesson = parseRoute(route);
  if (lesson.kind === "lesson") return { program: lesson, options };
  return { program: { kind: "none" }, options };
}

/**
 * The route that carries `program`: the lesson's own when it is the lesson's program unchanged
 * (`lessonProgram`), which keeps the address short and follows later fixes of the lesson;
 * otherwise the share form, which carries the code.
 */
export function programRoute(program: SharedProgram, lessonProgram: string | null): string {
  if (program.lessonId !== null && lessonProgram === program.code) {
    return lessonHref(program.lessonId);
  }
  return encodeShareFragment(program);
}

/** The address of `page` (a file beside the page at `pageUrl`) with `fragment`. */
function besidePage(pageUrl: string, page: string, fragment: string): string {
  const url = new URL(page, pageUrl.split("#")[0]);
  url.hash = "";
  return url.href.replace(/#$/, "") + fragment;
}

/** The embed's address for `program`, from the app or the embed at `pageUrl`. */
export function embedUrl(
  pageUrl: string,
  program: SharedProgram,
  lessonProgram: string | null,
  options: Partial<FragmentOptions>,
): string {
  return besidePage(
    pageUrl,
    "embed.html",
    joinFragment(programRoute(program, lessonProgram), options),
  );
}

/**
 * The full playground on `program` at `step`. Always the share form: a lesson's address would
 * open the visitor's own saved program of that lesson, not this one.
 */
export function playgroundUrl(
  pageUrl: string,
  program: SharedProgram,
  step: number | null,
): string {
  return besidePage(pageUrl, "./", joinFragment(encodeShareFragment(program), { step }));
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The HTML a tutorial author pastes into their page. */
export function iframeSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="520" style="border: 1px solid #ccc; border-radius: 6px" ` +
    `loading="lazy"></iframe>`
  );
}
