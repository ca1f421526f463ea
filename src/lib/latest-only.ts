/** A ticket of asynchronous work: true while no later work has been started. */
export type Ticket = () => boolean;

/**
 * Tickets for work where only the latest request counts (a search as the user types): each `next()`
 * makes every earlier ticket stale, so a slow answer can check its ticket and never overwrite a newer one.
 */
export function latestOnly(): { next(): Ticket } {
  let latest = 0;
  return {
    next() {
      const mine = ++latest;
      return () => mine === latest;
    },
  };
}
