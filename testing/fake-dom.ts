/**
 * Just enough of a browser for the page scripts' unit tests (run with node:vm):
 * elements found by attribute, events, attributes, a clock that moves only when
 * told, and a fetch that answers from a table.
 */

export class FakeElement {
  hidden = false;
  disabled = false;
  textContent = '';
  focused = false;
  readonly children: FakeElement[] = [];
  readonly listeners = new Map<string, ((event: { target: FakeElement }) => void)[]>();
  parent: FakeElement | undefined;

  constructor(
    readonly tagName: string,
    readonly attributes: Record<string, string> = {},
  ) {}

  get parentElement(): FakeElement | null {
    return this.parent ?? null;
  }
  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attributes, name);
  }
  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attributes, name) ? (this.attributes[name] ?? null) : null;
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  appendChild(child: FakeElement) {
    child.parent = this;
    this.children.push(child);
  }
  querySelector(selector: string): FakeElement | null {
    const attribute = /^\[([a-z-]+)\]$/.exec(selector)?.[1];
    for (const child of this.children) {
      if ((attribute ? child.getAttribute(attribute) !== null : child.tagName === selector)) return child;
      const deeper = child.querySelector(selector);
      if (deeper) return deeper;
    }
    return null;
  }
  querySelectorAll(selector: string): FakeElement[] {
    const attribute = /^\[([a-z-]+)\]$/.exec(selector)?.[1];
    return this.children.flatMap((child) => [...((attribute ? child.getAttribute(attribute) !== null : child.tagName === selector) ? [child] : []), ...child.querySelectorAll(selector)]);
  }
  closest(selector: string): FakeElement | null {
    const attribute = /^\[([a-z-]+)\]$/.exec(selector)?.[1] ?? '';
    return this.getAttribute(attribute) !== null ? this : (this.parent?.closest(selector) ?? null);
  }
  addEventListener(type: string, listener: (event: { target: FakeElement }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string, target: FakeElement = this) {
    for (const listener of this.listeners.get(type) ?? []) listener({ target });
  }
  focus() {
    this.focused = true;
  }
}

export function element(tag: string, attributes: Record<string, string> = {}, ...children: FakeElement[]) {
  const el = new FakeElement(tag, attributes);
  for (const child of children) el.appendChild(child);
  return el;
}

/** What a page's script may find of the browser beyond the page: a clipboard, a share sheet, a touch screen. */
export interface FakeBrowser {
  clipboard?: string[];
  /** What the share sheet was given, when the browser has one. */
  shared?: { title: string; url: string }[];
  coarsePointer?: boolean;
}

/** A page, a clock that only moves when told, and a fetch that answers from a table. */
export function world(body: FakeElement, answers: Record<string, () => unknown> = {}, now = Date.parse('2021-11-07T12:00:00Z'), browser: FakeBrowser = {}) {
  const timers: { at: number; run: () => void; id: number; every?: number }[] = [];
  const requests: string[] = [];
  let clock = now;
  let nextId = 1;
  const document = Object.assign(body, {
    /** 'loading' while a script in the head runs before the body is parsed. */
    readyState: 'complete',
    visibilityState: 'visible',
    documentElement: { lang: 'en-GB' },
    createElement: (tag: string) => element(tag),
  });
  const location = { pathname: '/middle-east/2021/11/07/night-in-baghdad', reloads: 0, reload: () => (location.reloads += 1) };
  const context = {
    document,
    location,
    Element: FakeElement,
    URLSearchParams,
    Date: { parse: Date.parse, now: () => clock },
    Math,
    Array,
    Object,
    RegExp,
    Intl,
    isNaN,
    matchMedia: (query: string) => ({ matches: query === '(pointer: coarse)' && browser.coarsePointer === true }),
    navigator: {
      ...(browser.clipboard ? { clipboard: { writeText: (text: string) => Promise.resolve(void browser.clipboard?.push(text)) } } : {}),
      ...(browser.shared ? { share: (data: { title: string; url: string }) => Promise.resolve(void browser.shared?.push(data)) } : {}),
    },
    setInterval: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: clock + ms, run, id, every: ms });
      return id;
    },
    setTimeout: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: clock + ms, run, id });
      return id;
    },
    clearTimeout: (id: number | null) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    fetch: (url: string) => {
      requests.push(url);
      const answer = Object.hasOwn(answers, url) ? answers[url] : undefined;
      if (!answer) return Promise.reject(new Error('offline'));
      const value = answer();
      return Promise.resolve({ ok: true, json: () => Promise.resolve(value), text: () => Promise.resolve(String(value)) });
    },
  };
  /** Moves the clock on, running each timer due and letting its promises settle. */
  const advance = async (ms: number) => {
    const until = clock + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      clock = next.at;
      if (next.every) timers.push({ ...next, at: next.at + next.every });
      next.run();
      await settle();
    }
    clock = until;
  };
  return { context, document, location, timers, requests, advance };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

