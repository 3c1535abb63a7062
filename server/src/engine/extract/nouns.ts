/** The singular of a lower-case English plural noun, as counted nouns need it ("gpus" -> "gpu"). */
export function singular(w: string): string {
  if (w === 'people') return 'person';
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
