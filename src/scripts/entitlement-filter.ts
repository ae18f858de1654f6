// Optional age and area filter for the entitlements lists: hides what does not apply.
// Stores nothing; the choice is kept only in the address (?age=18&area=<area>).
import { filterStatus, fitsFilter } from '../lib/entitlement-match.ts';

const read = (item: HTMLElement) => ({
  ageFrom: Number(item.dataset.ageFrom),
  ageTo: Number(item.dataset.ageTo),
  areas: item.dataset.areas ?? 'all',
});

export function initEntitlementFilter(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-module="entitlement-filter"]');
  const box = root?.querySelector<HTMLElement>('[data-age-filter]');
  const ageSelect = box?.querySelector<HTMLSelectElement>('[data-filter-age]');
  const areaSelect = box?.querySelector<HTMLSelectElement>('[data-filter-area]');
  const status = box?.querySelector<HTMLElement>('[data-age-status]');
  if (!root || !box || !ageSelect || !areaSelect || !status) return;
  box.hidden = false;

  const apply = () => {
    const age = ageSelect.value === '' ? null : Number(ageSelect.value);
    const area = areaSelect.value === '' ? null : areaSelect.value;
    // The at-a-glance list and the full list are filtered alike; only full entries are counted.
    doc.querySelectorAll<HTMLElement>('[data-entitlement]').forEach((item) => {
      item.hidden = !fitsFilter(read(item), age, area);
    });
    doc.querySelectorAll<HTMLElement>('[data-topic], [data-band]').forEach((group) => {
      group.hidden = group.querySelector('[data-entitlement]:not([hidden])') === null;
    });
    const count = root.querySelectorAll('article[data-entitlement]:not([hidden])').length;
    const areaName = area === null ? null : (areaSelect.selectedOptions[0]?.textContent ?? area);
    status.textContent = filterStatus(count, age, areaName);
    const url = new URL(doc.location.href);
    for (const [key, value] of [
      ['age', age === null ? '' : String(age)],
      ['area', area ?? ''],
    ] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    history.replaceState(null, '', url);
  };

  // A shared address such as ?age=18&area=<area> opens already filtered.
  const params = new URL(doc.location.href).searchParams;
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(ageSelect, params.get('age'));
  pick(areaSelect, params.get('area'));
  ageSelect.addEventListener('change', apply);
  areaSelect.addEventListener('change', apply);
  if (ageSelect.value || areaSelect.value) apply();
}
