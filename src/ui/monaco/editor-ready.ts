/**
 * When the editor is up: Monaco sets `data-editor="monaco"` on <body> once it holds the program
 * (MonacoEditor.tsx). The page starts lesser downloads (the runner script) only then, so
 * Monaco's chunks come first; after `timeoutMs` it resolves anyway (Monaco failed to load).
 */
export function whenEditorUp(body: HTMLElement, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const up = () => body.dataset.editor === "monaco";
    if (up()) return resolve();
    const observer = new MutationObserver(() => {
      if (up()) done();
    });
    const timer = setTimeout(() => done(), timeoutMs);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(body, { attributes: true, attributeFilter: ["data-editor"] });
  });
}
