/**
 * One sandboxed frame hosting one runner worker. Removing the frame ends its worker however
 * busy it is, which is how a run is stopped. Messages are relayed page <-> frame <-> worker.
 */
import type { PageToWorker } from "../protocol";
import { sandboxDocument } from "./sandbox-html";

export class SandboxFrame {
  private readonly frame: HTMLIFrameElement;
  private readonly onWindowMessage: (event: MessageEvent) => void;
  private disposed = false;

  /**
   * Adds a hidden frame to `host` and boots the runner `script` in it. `onMessage` receives
   * every message the frame relays, unchecked (the caller validates).
   */
  constructor(host: HTMLElement, script: string, onMessage: (data: unknown) => void) {
    const frame = host.ownerDocument.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.title = "runner";
    frame.style.display = "none";
    frame.srcdoc = sandboxDocument();
    this.onWindowMessage = (event) => {
      if (!this.disposed && event.source === frame.contentWindow) onMessage(event.data);
    };
    host.ownerDocument.defaultView?.addEventListener("message", this.onWindowMessage);
    frame.addEventListener("load", () => this.toFrame({ type: "boot", script }), { once: true });
    host.appendChild(frame);
    this.frame = frame;
  }

  post(message: PageToWorker): void {
    this.toFrame(message);
  }

  /** Ends the worker and removes the frame. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.frame.ownerDocument.defaultView?.removeEventListener("message", this.onWindowMessage);
    this.frame.remove();
  }

  private toFrame(data: unknown): void {
    // The frame's origin is opaque ("null"), so no other target origin can match it.
    if (!this.disposed) this.frame.contentWindow?.postMessage(data, "*");
  }
}
