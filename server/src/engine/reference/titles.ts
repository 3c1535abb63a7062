/** A title as messages write it: "CEO", "co-CEO", "co-founder", "executive chair". */
export function titleText(title: string): string {
  if (/^(?:co-)?c[a-z]o$/.test(title)) return title.replace(/c[a-z]o$/, (t) => t.toUpperCase());
  return title.startsWith('co-') ? title : title.replace(/-/g, ' ');
}
