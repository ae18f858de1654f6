// Gets a page ready for paper: "Printed on" says how old the copy is (without JavaScript
// it says "(not recorded)"), and closed <details>, such as chart tables, are opened.
export function initPrintDate(doc: Document): void {
  const slot = doc.querySelector<HTMLElement>('[data-printed-on]');
  const stamp = () => {
    if (slot) slot.textContent = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  };
  stamp();
  window.addEventListener('beforeprint', () => {
    stamp();
    doc.querySelectorAll('details').forEach((details) => {
      details.open = true;
    });
  });
}
