/**
 * JSON for an inline `<script type="application/ld+json">` (or any other inline data).
 *
 * JSON.stringify leaves `<`, `>` and `&` as they are, so a headline containing
 * `</script><script>…` would end the element and start a script of its own. Each is written
 * as a \u escape instead, as are U+2028 and U+2029, which some parsers take for line ends.
 * The result parses back to exactly the same value.
 */
export function inlineJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('inlineJson: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
