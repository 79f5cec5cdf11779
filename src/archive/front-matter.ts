import iconv from 'iconv-lite';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { decodeText } from '../load/encoding.ts';
import { frontMatterClosing as closing, frontMatterOpening as opening } from '../load/frontmatter.ts';

/**
 * Set `status: <value>` in a Markdown file's front matter and change nothing else: only the bytes of
 * the status value are replaced (quotes, comments, spacing, line endings and the body stay as they
 * were); without a status key, one `status:` line is added before the closing fence, with the file's
 * own line ending. The file keeps its encoding (UTF-8, UTF-8 with BOM, GB18030).
 */
export function setFrontMatterStatus(bytes: Uint8Array, status: string): Uint8Array {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`the file cannot be decoded: ${decoded.message}`);
  const text = decoded.text;
  const open = opening.exec(text);
  if (!open) throw new Error('the file has no front matter');
  const yamlStart = open[0].length;
  const close = closing.exec(text.slice(yamlStart));
  if (!close) throw new Error('the front matter is not closed with ---');
  const yamlEnd = yamlStart + close.index;
  const yaml = text.slice(yamlStart, yamlEnd);
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  if (doc.errors.length) throw new Error(`the front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);

  let edited: string;
  const contents = doc.contents;
  const pair = isMap(contents) ? contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'status') : undefined;
  if (pair && isScalar(pair.value) && pair.value.range && pair.value.type === 'PLAIN') {
    const [from, to] = pair.value.range;
    edited = text.slice(0, yamlStart + from) + status + text.slice(yamlStart + to);
  } else if (pair && isScalar(pair.value) && pair.value.range && (pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE')) {
    const [from, to] = pair.value.range;
    const quote = pair.value.type === 'QUOTE_DOUBLE' ? '"' : "'";
    edited = text.slice(0, yamlStart + from) + quote + status + quote + text.slice(yamlStart + to);
  } else if (!pair && isMap(contents) && !contents.flow) {
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const needsBreak = yaml.length > 0 && !yaml.endsWith('\n');
    edited = text.slice(0, yamlEnd) + (needsBreak ? eol : '') + `status: ${status}${eol}` + text.slice(yamlEnd);
  } else if (contents === null || (isScalar(contents) && contents.value === null)) {
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    edited = text.slice(0, yamlEnd) + `status: ${status}${eol}` + text.slice(yamlEnd);
  } else {
    // An unusual shape (flow mapping, block scalar, alias): let the yaml library rewrite the block.
    doc.set('status', status);
    edited = text.slice(0, yamlStart) + doc.toString() + text.slice(yamlEnd);
  }
  return encodeLike(edited, decoded.encoding);
}

function encodeLike(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'gb18030'): Uint8Array {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  // The BOM is outside the decoded text; put it back in front.
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
