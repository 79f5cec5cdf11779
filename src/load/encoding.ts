import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; line: number; column: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/**
 * Decode a text file the way an editor expects without any setting: UTF-8 (with or without BOM)
 * first, because valid UTF-8 is almost never accidental; otherwise GB18030, which is what Excel and
 * WPS on Chinese Windows write (it is a superset of GBK and GB2312).
 *
 * GB18030 accepts nearly any byte pair, so two guards keep it from "succeeding" on the wrong file:
 * NUL bytes mean UTF-16 without a BOM or a binary file, and a file that is mostly valid UTF-8 with a
 * few broken bytes is UTF-8 damaged in those places (decoding it as GB18030 would turn every Chinese
 * character into another one and hide where the damage is).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      return undecodableUtf8(bytes.subarray(3));
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, column: 1, message: 'the file is saved as UTF-16; save it as UTF-8 or GB18030 (in Excel: CSV UTF-8)' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = placeOf(utf8Lenient.decode(bytes.subarray(0, nul)), Infinity);
    return { ok: false, line, column, message: 'the file holds NUL bytes: it is UTF-16 or not a text file; save it as UTF-8' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    if (looksLikeDamagedUtf8(bytes)) return undecodableUtf8(bytes);
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    const bad = text.indexOf('\uFFFD');
    if (bad === -1) return { ok: true, text, encoding: 'gb18030' };
    return { ok: false, ...placeOf(text, bad), message: 'bytes that are neither UTF-8 nor GB18030 text; re-save the file as UTF-8' };
  }
}

/** Many well-formed multi-byte UTF-8 characters and only a few broken bytes. */
function looksLikeDamagedUtf8(bytes: Uint8Array): boolean {
  const text = utf8Lenient.decode(bytes);
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code > 0x7f) good++;
  }
  return good >= 4 * bad;
}

function undecodableUtf8(bytes: Uint8Array): DecodedText {
  const text = utf8Lenient.decode(bytes);
  return { ok: false, ...placeOf(text, text.indexOf('\uFFFD')), message: 'bytes that are not valid UTF-8 text; re-save the file as UTF-8' };
}

/** Line and column of `offset` in `text` (the end of the text when `offset` is past it). */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
