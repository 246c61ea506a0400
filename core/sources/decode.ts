/**
 * Turns a seed's bytes into text, refusing anything that is not plain UTF-8
 * text: a silently "repaired" file would put U+FFFD garbage into the index
 * and the term dictionary, so we fail loudly with the file and line instead.
 */
import { SeedError } from './seed-error';

const BOM = '\ufeff';
/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001f\u007f]/u;

/**
 * Decodes strict UTF-8, strips a leading BOM and normalises CRLF / CR to LF.
 * Throws `SeedError` (with the line) on invalid UTF-8, NUL bytes or other
 * control characters, and on empty or whitespace-only files.
 *
 * @example decodeSeed({ name: 'a.txt', bytes: new TextEncoder().encode('Title\r\n\r\nText.') }) // 'Title\n\nText.'
 */
export function decodeSeed(file: { name: string; bytes: Uint8Array }): string {
  if (file.bytes.length === 0) throw new SeedError(file.name, 'file is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(file.bytes);
    const line = lineAtByte(file.bytes, offset);
    throw new SeedError(
      file.name,
      `not valid UTF-8 (byte 0x${file.bytes[offset]?.toString(16).padStart(2, '0') ?? '??'} at offset ${offset}); ` +
        'save the file as UTF-8 text',
      line,
    );
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  text = text.replace(/\r\n?/gu, '\n');
  const control = CONTROL_CHAR.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].codePointAt(0) ?? 0;
    throw new SeedError(
      file.name,
      code === 0
        ? 'contains NUL bytes: this looks like a binary file, not text'
        : `contains control character U+${code.toString(16).padStart(4, '0').toUpperCase()}: this looks like a binary file, not text`,
      line,
    );
  }
  if (!text.trim()) throw new SeedError(file.name, 'file has no text (only whitespace)');
  return text;
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
