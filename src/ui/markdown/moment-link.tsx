/**
 * A lesson text's links that act on the page instead of going somewhere: to a moment of the
 * run (`#moment/<name>`: the step cursor moves there) and to the scheduler lab in threads mode
 * (`#lab/threads`). Real links, so they are reached and followed from the keyboard like any
 * other, but following one leaves the address alone (it holds the lesson's route and the
 * cursor's step): the page that shows the text says what they do, through `ActionLinks`.
 */
import { createContext, useContext, type MouseEvent, type ReactNode } from "react";

export const MOMENT_PREFIX = "#moment/";
export const LAB_THREADS = "#lab/threads";

export interface LinkActions {
  moment(name: string): void;
  labThreads(): void;
}

/** What following such a link does; null: the text is shown where they mean nothing. */
export const ActionLinks = createContext<LinkActions | null>(null);

/** True for the hrefs `ActionLink` handles. */
export const isActionHref = (href: string): boolean =>
  href.startsWith(MOMENT_PREFIX) || href === LAB_THREADS;

export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  const actions = useContext(ActionLinks);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (actions === null) return;
    event.preventDefault();
    if (href === LAB_THREADS) actions.labThreads();
    else actions.moment(href.slice(MOMENT_PREFIX.length));
  };
  return (
    <a href={href} className={href === LAB_THREADS ? "lab-link" : "moment-link"} onClick={onClick}>
      {children}
    </a>
  );
}
