/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF): dropped, as no escape can write them.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as an element's content or a double-quoted attribute's value: markup characters escaped, characters XML forbids dropped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** An attribute value written in an attribute, where line breaks and tabs must survive attribute-value normalisation. */
function attributeValue(value: string): string {
  return xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Attributes of an element, ` name="value"` each; null and undefined ones left out. */
export function xmlAttributes(attributes: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${attributeValue(String(value))}"`)
    .join('');
}

/** An element with attributes and content already written as XML; empty content closes it at once. */
export function xmlElement(
  name: string,
  attributes: Record<string, string | number | boolean | null | undefined> = {},
  content = '',
): string {
  return content === ''
    ? `<${name}${xmlAttributes(attributes)}/>`
    : `<${name}${xmlAttributes(attributes)}>${content}</${name}>`;
}
