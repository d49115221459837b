/**
 * One sandboxed frame hosting one runner worker. Removing the frame ends its worker however
 * busy it is, which is how a run is stopped. The page and the runner speak over a private
 * MessageChannel: one port stays here, the other goes with the runner script to the frame,
 * which hands it to the worker before any learner code runs. The frame itself only reports a
 * worker that failed to boot.
 */
import type { PageToWorker } from "../protocol";
import { sandboxDocument } from "./sandbox-html";

export interface SandboxListener {
  /** Every message from the runner's port, unchecked (the caller validates); undefined when it could not be read. */
  onMessage(data: unknown): void;
  /** The frame says the worker failed to start (meaningful only before the runner is ready). */
  onBootFailed(message: string): void;
}

export class SandboxFrame {
  private readonly frame: HTMLIFrameElement;
  private readonly port: MessagePort;
  private readonly onWindowMessage: (event: MessageEvent) => void;
  private disposed = false;

  /** Adds a hidden frame to `host` and boots the runner `script` in it. */
  constructor(host: HTMLElement, script: Blob, listener: SandboxListener) {
    const frame = host.ownerDocument.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.title = "runner";
    frame.style.display = "none";
    frame.srcdoc = sandboxDocument();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => {
      if (!this.disposed) listener.onMessage(event.data);
    };
    this.port.onmessageerror = () => {
      if (!this.disposed) listener.onMessage(undefined);
    };
    this.onWindowMessage = (event) => {
      if (this.disposed || event.source !== frame.contentWindow) return;
      const data: unknown = event.data;
      if (typeof data !== "object" || data === null) return;
      const { type, message } = data as { type?: unknown; message?: unknown };
      if (type === "boot-failed") listener.onBootFailed(String(message));
    };
    host.ownerDocument.defaultView?.addEventListener("message", this.onWindowMessage);
    frame.addEventListener(
      "load",
      // The frame's origin is opaque ("null"), so no other target origin can match it.
      () => frame.contentWindow?.postMessage({ type: "boot", script }, "*", [channel.port2]),
      { once: true },
    );
    host.appendChild(frame);
    this.frame = frame;
  }

  post(message: PageToWorker): void {
    if (!this.disposed) this.port.postMessage(message);
  }

  /** Ends the worker and removes the frame. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.port.close();
    this.frame.ownerDocument.defaultView?.removeEventListener("message", this.onWindowMessage);
    this.frame.remove();
  }
}
