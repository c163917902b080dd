/** Longest `next` path kept; a longer one is dropped. */
const MAX_PATH_LENGTH = 2_000;

/**
 * `next` when it is a path of this origin: it starts with one `/` (not `//` or `/\`, which browsers
 * read as another host), holds no backslash, whitespace or control character, and is at most
 * 2 000 characters long; null otherwise. Where a signed-in browser is sent back to, so a link to
 * the sign-in page cannot send anyone elsewhere.
 */
export function localPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > MAX_PATH_LENGTH) return null;
  // Whitespace and control characters are dropped by URL parsers, so `/\t/evil.example` would become `//evil.example`.
  return /^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(next) ? next : null;
}
