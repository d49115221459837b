/**
 * A lesson text's link to a moment of its run (`#moment/<name>`): a real link, so it is reached
 * and followed from the keyboard like any other, but following it moves the step cursor (the
 * page that shows the text says how, through `MomentLinks`) instead of replacing the address,
 * which holds the lesson's route and the cursor's step.
 */
import { createContext, useContext, type MouseEvent, type ReactNode } from "react";

export const MOMENT_PREFIX = "#moment/";

/** What following a moment link does; null: the text is shown where moments mean nothing. */
export const MomentLinks = createContext<((name: string) => void) | null>(null);

export function MomentLink({ href, children }: { href: string; children: ReactNode }) {
  const follow = useContext(MomentLinks);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (follow === null) return;
    event.preventDefault();
    follow(href.slice(MOMENT_PREFIX.length));
  };
  return (
    <a href={href} className="moment-link" onClick={onClick}>
      {children}
    </a>
  );
}
