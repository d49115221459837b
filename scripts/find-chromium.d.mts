/** Where Chromium was found; `executablePath` undefined means Playwright's own browser. */
export interface FoundChromium {
  executablePath: string | undefined;
  source: string;
}

export function findChromium(root?: string): FoundChromium | null;

/** The flags every headless Chromium of this project starts with. */
export const CHROMIUM_ARGS: string[];
