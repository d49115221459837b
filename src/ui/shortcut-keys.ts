/** How the shortcuts are written on this machine: ⌘ on Apple keyboards, Ctrl elsewhere. */
export function shortcutKeys(): { modifier: string; run: string; stop: string; help: string } {
  const apple = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
  const modifier = apple ? "⌘" : "Ctrl";
  return { modifier, run: `${modifier}+Enter`, stop: "Esc", help: "?" };
}
