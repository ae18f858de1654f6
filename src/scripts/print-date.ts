// Fills in "Printed on" so a paper copy says how old it is. Without JavaScript it says "(not recorded)".
export function initPrintDate(doc: Document): void {
  const slot = doc.querySelector<HTMLElement>('[data-printed-on]');
  if (!slot) return;
  const stamp = () => {
    slot.textContent = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  };
  stamp();
  window.addEventListener('beforeprint', stamp);
}
