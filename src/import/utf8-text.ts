import { refuseFile } from './import-problem';

const NEWLINE = 0x0a;

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}

/**
 * Where in `chunk` UTF-8 decoding fails: decodes it again byte by byte from its first byte that
 * starts a character (up to three may finish one begun in the chunk before), and answers the
 * offset of the byte that made it fail.
 */
function firstInvalidByte(chunk: Uint8Array): number {
  let start = 0;
  while (start < Math.min(3, chunk.length) && (chunk[start] & 0xc0) === 0x80) start += 1;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = start; at < chunk.length; at += 1) {
    try {
      decoder.decode(chunk.subarray(at, at + 1), { stream: true });
    } catch {
      return at;
    }
  }
  return start;
}

/**
 * The text of a stream of bytes, which must be UTF-8 (a byte order mark is allowed and dropped):
 * decoded chunk by chunk as it arrives, so memory stays flat; an invalid byte refuses the file
 * naming its line.
 */
export async function* utf8Text(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  const invalid = (at: number) => refuseFile(at, null, 'the file is not UTF-8 text here; save it as "CSV UTF-8".');
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalid(line + countNewlines(chunk, firstInvalidByte(chunk)));
    }
    line += countNewlines(chunk);
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw invalid(line);
  }
  if (rest) yield rest;
}
