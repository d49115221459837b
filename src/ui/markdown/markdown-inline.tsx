/**
 * Inline Markdown tokens (marked's lexer) as React elements: text stays text, so nothing in a
 * lesson can inject HTML. Raw HTML in the source is shown as the characters it is written with.
 */
import type { ReactNode } from "react";
import type { Token } from "marked";
import { decodeEntities, safeHref } from "./safe-href";

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
        decodeEntities(token.text)
      );
    default:
      return "text" in token && typeof token.text === "string" ? token.text : null;
  }
}

function renderLink(href: string, title: string | undefined, children: ReactNode[], key: number) {
  const target = safeHref(href);
  if (target === null) return <span key={key}>{children}</span>;
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
