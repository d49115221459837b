/**
 * The embed's side of the postMessage API: what the host page asks (embed-protocol.ts) is done
 * on the store, and what the host is told comes from the store's changes. Only the parent frame
 * is listened to (`event.source` must be it): a sibling frame, a popup or the embed's own
 * scripts cannot drive it. The window is passed in.
 */
import type { AppState, AppStore } from "./app-store";
import { readHostMessage, type EmbedToHost, type HostToEmbed } from "./embed-protocol";

export interface EmbedWindow {
  /** The frame that embeds us (window.parent): the only sender listened to. */
  parent: unknown;
  postToParent(message: EmbedToHost): void;
  onMessage(listener: (event: { source: unknown; data: unknown }) => void): () => void;
}

function perform(store: AppStore, message: HostToEmbed): void {
  const state = store.getState();
  switch (message.type) {
    case "run":
      void state.run();
      return;
    case "setStep":
      return state.setStep(message.step);
    case "setCode":
      return state.setCode(message.code);
  }
}

function report(previous: AppState, state: AppState, post: (m: EmbedToHost) => void): void {
  if (state.finishedRuns !== previous.finishedRuns) {
    post({ type: "runFinished", version: 1, steps: state.model?.stepCount ?? 0 });
  }
  if (state.step !== previous.step && state.step >= 0) {
    post({ type: "stepChanged", version: 1, step: state.step });
  }
}

/** Connects the embed to its host page; `ready` posts `ready` once the embed is usable. */
export function connectEmbedBridge(
  store: AppStore,
  win: EmbedWindow,
  ready: Promise<void>,
): () => void {
  const stopListening = win.onMessage((event) => {
    if (event.source !== win.parent || event.source === null) return;
    const message = readHostMessage(event.data);
    if (message) perform(store, message);
  });
  const stopReporting = store.subscribe((state, previous) =>
    report(previous, state, (m) => win.postToParent(m)),
  );
  let connected = true;
  void ready.then(() => {
    if (connected) win.postToParent({ type: "ready", version: 1 });
  });
  return () => {
    connected = false;
    stopListening();
    stopReporting();
  };
}

/** The browser's window as an EmbedWindow: messages to the parent, whatever its origin. */
export function browserEmbedWindow(win: Window): EmbedWindow {
  return {
    parent: win.parent === win ? null : win.parent,
    postToParent: (message) => win.parent.postMessage(message, "*"),
    onMessage: (listener) => {
      const onMessage = (event: MessageEvent) =>
        listener({ source: event.source, data: event.data });
      win.addEventListener("message", onMessage);
      return () => win.removeEventListener("message", onMessage);
    },
  };
}
