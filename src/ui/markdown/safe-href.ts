/**
 * Links in lesson text may lead only to the web (http, https), mail, or a place in the app
 * (`#...`): never `javascript:`, `data:` or anything else a crafted text could abuse.
 */
const ALLOWED = /^(?:https?:\/\/|mailto:|#)/i;

/** The link target when it is safe to follow, else null (the link shows as plain text). */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return ALLOWED.test(trimmed) ? trimmed : null;
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Text with its character references (`&amp;`, `&#39;`, `&#x4e2d;`) turned into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
