// Client code for the quick exit. Kept tiny: it runs on every page.
const PRESSES = 3;
const WINDOW_MS = 5000;

/** Hides the page, then sends the reader to `url` in a fresh tab and in this one. */
export function leaveFor(url: string, doc: Document = document, win: Window = window): void {
  // Hide first, before any navigation, so nothing stays on screen while the next page loads.
  doc.documentElement.classList.add('is-exiting');
  doc.title = 'Loading';
  // A noopener tab starts with no history, so Back there goes nowhere; it always returns null,
  // so a blocked popup needs no separate path: this tab is replaced either way.
  win.open(url, '_blank', 'noopener,noreferrer');
  // replace() so Back in this tab never returns to the page the reader left from.
  win.location.replace(url);
}

/**
 * Moving between this site's pages replaces the tab's history entry instead of adding one, so
 * the tab holds one page of this site at most: after the quick exit, Back goes to whatever was
 * open before the site. Links that open elsewhere, or with a modifier key, work as usual.
 */
export function keepOneHistoryEntry(doc: Document, win: Window = window): void {
  const here = win.location;
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    // A modifier key (new tab or window) or another site: leave it to the browser. Middle clicks fire auxclick, not click.
    // The exit link's own handler has already called preventDefault, so it is left alone too.
    if (!link || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || link.origin !== here.origin) return;
    event.preventDefault();
    // A jump within the page moves the focus start point there, as a followed link does.
    here.replace(link.href);
  });
  doc.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    // The site's forms are GET forms to its own pages (the search); the search page handles its own.
    const url = new URL(form.action);
    if (event.defaultPrevented) return;
    event.preventDefault();
    url.search = String(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    here.replace(url.href);
  });
}

export function initExitThisPage(doc: Document): void {
  keepOneHistoryEntry(doc);
  const root = doc.querySelector<HTMLElement>('[data-module="exit-this-page"]');
  const link = root?.querySelector<HTMLAnchorElement>('a');
  const status = root?.querySelector<HTMLElement>('[data-exit-status]');
  if (!link) return;
  const leave = (event?: Event) => {
    event?.preventDefault();
    leaveFor(link.href, doc);
  };
  link.addEventListener('click', leave);
  let presses: number[] = [];
  doc.addEventListener('keydown', (event) => {
    // Any other key resets the count, so typing capitals never triggers an exit.
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    const left = PRESSES - presses.length;
    if (left <= 0) {
      leave();
    } else if (status) {
      status.textContent = `Shift, press ${left} more time${left === 1 ? '' : 's'} to exit.`;
    }
  });
}
