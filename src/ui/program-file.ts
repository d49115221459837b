/**
 * The program as a file: downloading it as `<lesson>.ts` and reading an uploaded one. Learner
 * code is only ever handled as text here (never run, never inserted as HTML).
 */

/** A file larger than this is not a program someone typed (and would not fit a share link). */
export const MAX_PROGRAM_BYTES = 1_000_000;

export function programFileName(lessonId: string | null): string {
  return `${lessonId ?? "program"}.ts`;
}

/** Saves `code` through the browser's download, as `fileName`. */
export function downloadProgram(doc: Document, code: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([code], { type: "text/plain;charset=utf-8" }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the URL only keeps the text alive.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The text of an uploaded program, or "too-large". Line endings become "\n". */
export async function readProgramFile(file: Blob): Promise<string | "too-large"> {
  if (file.size > MAX_PROGRAM_BYTES) return "too-large";
  return (await file.text()).replace(/\r\n?/g, "\n");
}

/** Copies `text` to the clipboard; false when the browser does not allow it. */
export async function copyText(nav: Navigator, text: string): Promise<boolean> {
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
