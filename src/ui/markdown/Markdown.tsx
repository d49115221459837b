/**
 * Lesson text, Markdown (CommonMark and GitHub tables) rendered as React elements from
 * marked's tokens: no HTML string is ever produced or injected, so the content cannot run
 * script or add markup, whatever it holds.
 */
import { Lexer } from "marked";
import { useMemo } from "react";
import { renderBlocks } from "./markdown-blocks";
import { renderInline } from "./markdown-inline";

/** A Markdown document; its headings start at level `1 + headingOffset`. */
export function Markdown({
  source,
  headingOffset = 1,
}: {
  source: string;
  headingOffset?: number;
}) {
  const tokens = useMemo(() => new Lexer({ gfm: true }).lex(source), [source]);
  return <>{renderBlocks(tokens, headingOffset)}</>;
}

/** One line of Markdown with no blocks (code spans, emphasis, links), such as a task. */
export function MarkdownInline({ source }: { source: string }) {
  const tokens = useMemo(() => new Lexer({ gfm: true }).inlineTokens(source), [source]);
  return <>{renderInline(tokens)}</>;
}
