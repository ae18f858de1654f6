// Optional age filter for the entitlements list: hides entries that do not apply at the chosen age.
export function initEntitlementFilter(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-module="entitlement-filter"]');
  const box = root?.querySelector<HTMLElement>('[data-age-filter]');
  const select = box?.querySelector<HTMLSelectElement>('select');
  const status = box?.querySelector<HTMLElement>('[data-age-status]');
  if (!root || !box || !select || !status) return;
  box.hidden = false;
  select.addEventListener('change', () => {
    const age = select.value === '' ? null : Number(select.value);
    const shown = new Set<string>();
    root.querySelectorAll<HTMLElement>('article[data-age-from]').forEach((item) => {
      const fits = age === null || (Number(item.dataset.ageFrom) <= age && Number(item.dataset.ageTo) >= age);
      item.hidden = !fits;
      const title = item.querySelector('h4')?.textContent ?? '';
      if (fits) shown.add(title);
    });
    root.querySelectorAll<HTMLElement>('[data-topic]').forEach((topic) => {
      topic.hidden = topic.querySelector('article:not([hidden])') === null;
    });
    status.textContent = age === null ? 'Showing everything.' : `Showing ${shown.size} things you can get at age ${age}.`;
  });
}
