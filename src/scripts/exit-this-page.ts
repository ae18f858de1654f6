// Client code for the quick exit. Kept tiny: it runs on every page.
const PRESSES = 3;
const WINDOW_MS = 5000;

export function initExitThisPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-module="exit-this-page"]');
  const link = root?.querySelector<HTMLAnchorElement>('a');
  const status = root?.querySelector<HTMLElement>('[data-exit-status]');
  if (!link) return;
  const leave = (event?: Event) => {
    event?.preventDefault();
    doc.documentElement.classList.add('is-exiting');
    doc.title = 'Loading';
    // replace() so Back does not return to this page.
    window.location.replace(link.href);
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
