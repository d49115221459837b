/**
 * Inline Markdown tokens (marked's lexer) as React elements: text stays text, so nothing in a
 * lesson can inject HTML. Raw HTML in the source is shown as the characters it is written with.
 */
import type { ReactNode } from "react";
import type { Token } from "marked";
import { ActionLink, isActionHref } from "./moment-link";
import { decodeEntities, safeHref } from "./safe-href";

/** Chinese characters and full-width punctuation, which are written without spaces between. */
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
const CJK_LINE_BREAK = new RegExp(`([${CJK}])\\n(?=[${CJK}])`, "gu");

/**
 * A text's soft line breaks as the browser should see them: between two Chinese characters a
 * break joins them (a space there would be a stray gap: "每一次 控制权"); elsewhere it stays a space.
 */
export function joinSoftBreaks(text: string): string {
  return text.replace(CJK_LINE_BREAK, "$1");
}

export function renderInline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, index) => renderInlineToken(token, index));
}

function renderInlineToken(token: Token, key: number): ReactNode {
  switch (token.type) {
    case "strong":
      return <strong key={key}>{renderInline(token.tokens)}</strong>;
    case "em":
      return <em key={key}>{renderInline(token.tokens)}</em>;
    case "del":
      return <del key={key}>{renderInline(token.tokens)}</del>;
    case "codespan":
      return <code key={key}>{decodeEntities(token.text)}</code>;
    case "br":
      return <br key={key} />;
    case "link":
      return renderLink(token.href, token.title ?? undefined, renderInline(token.tokens), key);
    case "image":
      // No request leaves the page for lesson content: an image shows as its description.
      return <span key={key}>{decodeEntities(token.text)}</span>;
    case "escape":
    case "html":
      return token.text;
    case "text":
      return token.tokens ? (
        <span key={key}>{renderInline(token.tokens)}</span>
      ) : (
        joinSoftBreaks(decodeEntities(token.text))
      );
    default:
      return "text" in token && typeof token.text === "string" ? token.text : null;
  }
}

function renderLink(href: string, title: string | undefined, children: ReactNode[], key: number) {
  const target = safeHref(href);
  if (target === null) return <span key={key}>{children}</span>;
  if (isActionHref(target)) {
    return (
      <ActionLink key={key} href={target}>
        {children}
      </ActionLink>
    );
  }
  const external = !target.startsWith("#");
  return (
    <a
      key={key}
      href={target}
      title={title}
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
    >
      {children}
    </a>
  );
}
