// A tiny element builder: h('li', { class: 'x', 'data-index': 'dti' }, 'text', child).
type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

const svgNamespace = 'http://www.w3.org/2000/svg';
const svgTags = new Set(['svg', 'g', 'defs', 'pattern', 'rect', 'line', 'text', 'title', 'desc', 'path', 'circle', 'polyline']);

export function h(tag: string, attributes: Attributes | null = null, ...children: Child[]): HTMLElement {
  const element = svgTags.has(tag) ? document.createElementNS(svgNamespace, tag) : document.createElement(tag);
  if (attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element as HTMLElement;
}

function append(element: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Text in the page's language, or the other language's text marked as such when there is none. */
export function localized(vi: string | null | undefined, en: string | null | undefined, lang: 'vi' | 'en', fallbackCode?: string): HTMLElement {
  const wanted = lang === 'en' ? en : vi;
  if (wanted) return h('span', null, wanted);
  const other = lang === 'en' ? vi : en;
  if (other) return h('span', { lang: lang === 'en' ? 'vi' : 'en' }, other);
  return h('code', null, fallbackCode ?? '');
}
