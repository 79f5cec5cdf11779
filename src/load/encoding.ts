import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; line: number; column: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a text file the way an editor expects without any setting: UTF-8 (with or without BOM)
 * first, because valid UTF-8 is almost never accidental; otherwise GB18030, which is what Excel and
 * WPS on Chinese Windows write (it is a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      return undecodable(bytes.subarray(3), 'UTF-8');
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, column: 1, message: 'the file is saved as UTF-16; save it as UTF-8 or GB18030 (in Excel: CSV UTF-8)' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    const bad = text.indexOf('\uFFFD');
    if (bad === -1) return { ok: true, text, encoding: 'gb18030' };
    return undecodable(bytes, 'UTF-8 or GB18030', text, bad);
  }
}

function undecodable(bytes: Uint8Array, tried: string, decoded?: string, at?: number): DecodedText {
  const text = decoded ?? iconv.decode(Buffer.from(bytes), 'utf-8');
  const offset = at ?? Math.max(0, text.indexOf('\uFFFD'));
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { ok: false, line, column, message: `bytes that are not valid ${tried} text; re-save the file as UTF-8` };
}
