/**
 * The little XML the sitemaps need, written by hand so every byte is known.
 * Text from content passes through `escapeXml`, which also drops characters
 * XML 1.0 cannot carry at all (a stray control character would otherwise make
 * the whole file unreadable to a crawler).
 */

// Tab, newline and carriage return are the only C0 controls XML 1.0 allows;
// lone surrogates and U+FFFE/U+FFFF are not characters at all.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type XmlChild = string | XmlChild[] | undefined | false;

/** `<name>` with escaped text, or nested children written by `element` itself. */
export function element(name: string, content: XmlChild): string {
  if (typeof content === 'string') return `<${name}>${escapeXml(content)}</${name}>`;
  return `<${name}>${flatten(content)}</${name}>`;
}

function flatten(content: XmlChild): string {
  if (!content) return '';
  if (Array.isArray(content)) return content.map(flatten).join('');
  // Strings inside arrays are already-built elements.
  return content;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** W3C Datetime (the profile of ISO 8601 that sitemaps and feeds accept). */
export const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Content dates are already W3C datetimes with their offset; anything else is normalised to UTC. */
export function w3cDatetime(value: string): string {
  if (W3C_DATETIME.test(value) && value.includes('T')) return value;
  return new Date(value).toISOString();
}
