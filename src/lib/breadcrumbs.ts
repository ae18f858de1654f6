/** Breadcrumbs from a page id: home, then each parent that exists, then the page itself. */
export interface Crumb {
  label: string;
  href: string;
}

export function breadcrumbs(id: string, titleOf: (id: string) => string | undefined): Crumb[] {
  const crumbs: Crumb[] = [{ label: 'Home', href: '/' }];
  const parts = id.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parentId = parts.slice(0, i).join('/');
    const title = titleOf(parentId);
    if (title) crumbs.push({ label: title, href: `/${parentId}/` });
  }
  return crumbs;
}
