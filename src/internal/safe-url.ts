/** Whether a parsed URL is http: or https: — the only schemes we ever put in an href we build. */
export function isHttpUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/**
 * `value` resolved against the page when it is an http(s) URL, else undefined: a `javascript:`,
 * `data:` or unparseable value never becomes a link.
 */
export function httpUrl(value: string | null | undefined, base: string = location.href): URL | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const url = new URL(value, base);
    return isHttpUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}
