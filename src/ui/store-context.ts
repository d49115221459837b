import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { AppState, AppStore } from "../store/app-store";

/** The app's store, provided once at the root so components (and tests) can be given one. */
export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error("useAppStore needs a StoreContext provider");
  return store;
}

/** Reads one slice of the app state; the component re-renders only when that slice changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
