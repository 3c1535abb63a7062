/**
 * Escapes dataset text for a markdown hover: a source title or paraphrase must not become a link,
 * an image, HTML or a command URI. Every markdown-significant character is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A link only for http(s) URLs; anything else is shown as escaped text. */
export function safeLink(label: string, url: string): string {
  if (!/^https?:\/\/[^\s()<>]+$/i.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}
