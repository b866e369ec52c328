import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** A TwiML verb as tests read it: its name, attributes, text and nested verbs. */
export interface Verb {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Verb[];
}

function toVerb(element: Element): Verb {
  const children = element.children.filter((c): c is Element => c.type === 'tag');
  const text = element.children
    .map((c: ChildNode) => ('data' in c && c.type === 'text' ? c.data : ''))
    .join('')
    .trim();
  return { name: element.name, attributes: { ...element.attribs }, text, children: children.map(toVerb) };
}

/** The verbs of a TwiML document, in order; throws unless it is one <Response>. */
export function readTwiml(xml: string): Verb[] {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const roots = document.children.filter((c): c is Element => c.type === 'tag');
  if (roots.length !== 1 || roots[0].name !== 'Response') throw new Error(`not TwiML: ${xml.slice(0, 200)}`);
  return toVerb(roots[0]).children;
}
