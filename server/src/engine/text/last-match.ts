/**
 * The last match of a global regex in a text (none of its matches may be empty): exec on the one
 * regex, not matchAll, which copies the regex at every call.
 */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}
