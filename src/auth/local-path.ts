/** Longest `next` path kept; a longer one is dropped. */
const MAX_PATH_LENGTH = 2_000;

/**
 * `next` when it is a path of this origin: it starts with one `/` (not `//` or `/\`, which browsers
 * read as another host), holds no backslash, whitespace or control character, and is at most
 * 2 000 characters long once its other characters than ASCII are percent-encoded (so it can be a
 * Location header); null otherwise. Where a signed-in browser is sent back to, so a link to
 * the sign-in page cannot send anyone elsewhere.
 */
export function localPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > MAX_PATH_LENGTH) return null;
  // Whitespace and control characters are dropped by URL parsers, so `/\t/evil.example` would become `//evil.example`.
  if (!/^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(next)) return null;
  // A Location header carries ASCII only: other characters go percent-encoded, as a browser sends them.
  let ascii: string;
  try {
    ascii = next.replace(/[^\u0000-\u007f]+/g, encodeURI);
  } catch {
    return null; // half of a surrogate pair, which no URL can carry
  }
  return ascii.length > MAX_PATH_LENGTH ? null : ascii;
}
