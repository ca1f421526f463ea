/** Strict XML 1.0 reading for tests: saxes reports every well-formedness error (forbidden characters included). */
import { SaxesParser } from 'saxes';

/** The well-formedness errors of an XML document, in order; none for a well-formed one. */
export function xmlErrors(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** One element of an XML document: its name, its attributes, and the text it holds (its descendants' text, joined). */
export interface XmlElement {
  readonly path: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
}

/**
 * The elements of a well-formed XML document whose path (element names from the root, joined by `/`, e.g.
 * `rss/channel/item/description`) is one of `paths`, in document order, with their text; throws on the first error.
 */
export function xmlElements(xml: string, paths: readonly string[]): XmlElement[] {
  const wanted = new Set(paths);
  const parser = new SaxesParser();
  const open: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const found: XmlElement[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => open.push({ name: tag.name, attributes: { ...tag.attributes }, text: '' }));
  const addText = (text: string) => {
    for (const element of open) element.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const path = open.map((element) => element.name).join('/');
    const element = open.pop();
    if (element !== undefined && wanted.has(path)) found.push({ path, attributes: element.attributes, text: element.text });
  });
  parser.write(xml).close();
  return found;
}
