import type { Source } from './types';

/**
 * Which sources are primary: a company's or a regulator's own words, on its own host or a
 * release wire, or its release or filing reproduced whole elsewhere. The audit counts them
 * (data/audit.ts); the checker dates a result by its release (frame/known.ts).
 */

/** Hosts (and their subdomains) whose pages are the company's or the regulator's own words. */
export const PRIMARY_HOSTS = [
  'sec.gov',
  'businesswire.com',
  'prnewswire.com',
  'globenewswire.com',
  'openai.com',
  'anthropic.com',
  'x.ai',
  'mistral.ai',
  'nvidia.com',
  'microsoft.com',
  'aboutamazon.com',
  'amazon.com',
  'blog.google',
  'abc.xyz',
  'google.com',
  'fb.com',
  'meta.com',
  'atmeta.com',
  'oracle.com',
  'coreweave.com',
  'amd.com',
  'broadcom.com',
  'tesla.com',
  'spacex.com',
  'softbank.jp',
  'group.softbank',
  'crusoe.ai',
  'nebius.com',
  'intel.com',
  'arm.com',
];

/** A URL's host, lower-cased, without "www.". */
export function hostOf(url: string): string {
  // (a pattern, not `new URL`: the checker asks this of every source when it first dates results)
  const host = HOST.exec(url)?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : '';
}

/** The host of an absolute URL: after the scheme and any user name, up to a port, path or query. */
const HOST = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:@]+)/i;

/** The host is one of the list, or a subdomain of one. */
export const onHost = (host: string, list: readonly string[]): boolean =>
  list.some((h) => host === h || host.endsWith(`.${h}`));

/** Labels of a company's own release or filing, reproduced whole on another host. */
export const PRIMARY_LABEL =
  /\((?:press release|earnings release|shareholder letter|(?:8|10|6)-[KQ]|S-1|SEC filing)\b/i;

/** The source is the company's or the regulator's own words (see data/audit.ts). */
export function isPrimary(s: Source): boolean {
  // a summary of a filing, or a release quoted in part, is someone else's words
  return (
    onHost(hostOf(s.url), PRIMARY_HOSTS) ||
    (PRIMARY_LABEL.test(s.publisher) && !/summary|quoted/i.test(s.publisher))
  );
}
