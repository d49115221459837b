import { EDITOR_FONT_SIZE } from "./use-editor-appearance";
import { useMediaQuery } from "./use-media-query";

/** From this width on a projector shows 1080p or more: presentation type grows with it. */
const WIDE_PROJECTOR = "(min-width: 1600px)";
const WIDE_PRESENTATION_FONT_SIZE = 26;

/**
 * The editor's text size in pixels: larger in presentation mode, and larger still on a wide
 * projector (1920x1080), where the page's type grows too (presentation.css).
 */
export function useEditorFontSize(presentation: boolean): number {
  const wide = useMediaQuery(WIDE_PROJECTOR);
  if (!presentation) return EDITOR_FONT_SIZE.normal;
  return wide ? WIDE_PRESENTATION_FONT_SIZE : EDITOR_FONT_SIZE.presentation;
}
