/**
 * A static picture of the timeline for printing: the timeline draws on canvases, which print
 * poorly or not at all, so at print time their pixels are copied into one image (the canvases
 * in their order, the overlay over the base). Null when there is nothing drawn to copy.
 */
export function snapshotCanvases(region: Element | null): string | null {
  const canvases = [...(region?.querySelectorAll("canvas") ?? [])].filter(
    (canvas) => canvas.width > 0 && canvas.height > 0,
  );
  if (canvases.length === 0) return null;
  const width = Math.max(...canvases.map((c) => c.width));
  const height = Math.max(...canvases.map((c) => c.height));
  const picture = document.createElement("canvas");
  picture.width = width;
  picture.height = height;
  const context = picture.getContext("2d");
  if (!context) return null;
  for (const canvas of canvases) context.drawImage(canvas, 0, 0);
  try {
    return picture.toDataURL("image/png");
  } catch {
    // A canvas that drew something from another origin cannot be read back.
    return null;
  }
}
