import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkBody, parseBody } from '@/lib/content/check/body';
import { ArticleBody } from './ArticleBody';

const body = [
  'The prime minister spoke on television.',
  '',
  '<Embed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s" caption="The address to the nation" credit="Iraqi state television" />',
  '',
  '<PullQuote quote="I am fine, thank God." by="Mustafa al-Kadhimi" role="Iraq\'s prime minister" />',
  '',
  '<Gallery caption="The residence after the attack">',
  '<Figure src="/images/door.png" alt="A door torn from its frame" caption="The front door" credit="Security media cell" />',
  '<Figure src="/images/stair.png" alt="A damaged staircase" caption="The outside staircase" credit="Security media cell" creditUrl="https://example.org/cell" />',
  '<Figure src="/images/missing.png" alt="Not there" caption="Unknown" credit="k" />',
  '</Gallery>',
  '',
].join('\n');

const images = { '/images/door.png': { width: 1600, height: 900 }, '/images/stair.png': { width: 1200, height: 1600 } };
const html = renderToStaticMarkup(<ArticleBody tree={parseBody(body)} linked={{}} images={images} />);

describe('ArticleBody with embeds, pull quotes and galleries', () => {
  it('draws an embed as a card linking to the original, with nothing from the provider in the page', () => {
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m30s"');
    expect(html).toContain('data-embed="youtube"');
    expect(html).toContain('data-embed-params="id=dQw4w9WgXcQ&amp;start=90"');
    expect(html).toMatch(/<button type="button"[^>]*data-embed-load="">Load video<span class="visually-hidden"> from YouTube<\/span><\/button>/);
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('youtube-nocookie');
    expect(html).toContain('The address to the nation');
    expect(html).toContain('Source: Iraqi state television');
  });

  it('sets a pull quote apart, with who said it', () => {
    expect(html).toMatch(/<blockquote[^>]*><p>I am fine, thank God.<\/p><\/blockquote>/);
    expect(html).toMatch(/Mustafa al-Kadhimi<\/span><span[^>]*>, Iraq’s prime minister<\/span>/);
  });

  it('lists a gallery’s pictures with their captions and credits, leaving out an image it does not know', () => {
    expect(html).toContain('The residence after the attack');
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html).toContain('alt="A door torn from its frame"');
    expect(html).toContain('<a href="https://example.org/cell" rel="noopener">Security media cell</a>');
    expect(html).not.toContain('missing.png');
  });
});

// The renderer's side of the hostile bodies the checker refuses (lib/content/check/hostile.test.ts).
const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'lib/content/fixtures/hostile', `${name}.mdx`), 'utf8');

function render(body: string): string {
  return renderToStaticMarkup(<ArticleBody tree={checkBody(body).tree} linked={{}} images={{}} />);
}

describe('an article body, rendered', () => {
  it('renders escaped markup as text: no element, attribute or handler gets through', () => {
    const body = fixture('escaped-text');
    expect(checkBody(body).problems).toEqual([]);
    const html = render(body);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const tags = html.replace(/"[^"]*"/g, '""').match(/<[^>]+>/g) ?? [];
    expect(tags.filter((t) => /^<\/?(?:script|img)\b|\son\w+=/i.test(t))).toEqual([]);
    expect(html).toContain('href="https://example.org/?q=%22%3E%3Cscript%3E"');
  });

  it('renders even an unchecked tree without raw HTML, scripts or javascript: links', () => {
    // Defence in depth: if a tree ever skipped the checker, the renderer still drops it all.
    const html = render(
      '<script>alert(1)</script>\n\nText <b onclick="x">bold</b>.\n\n<iframe src="https://evil.example/" />\n\n<AlsoRead id="x" onclick="alert(1)" />\n',
    );
    expect(html).not.toMatch(/script|iframe|<b\b|onclick|evil/i);
    expect(html).toContain('Text .');
  });
});

describe('ArticleBody with "Also read" boxes', () => {
  const linked = {
    report: { headline: 'Our report', path: '/world/2021/11/07/report' },
    earlier: { headline: 'The day before', path: '/world/2021/11/06/earlier' },
  };
  const tree = parseBody(['<AlsoRead id="report" />', '', 'Text.', '', '<AlsoRead id="earlier" />', '', '<AlsoRead id="report" />', ''].join('\n'));
  const labels = (markup: string) => [...markup.matchAll(/<aside class="also-read"( aria-label="([^"]*)")?>/g)].map((m) => m[2] ?? null);

  it('names each box a landmark by its story the first time, and the same story again not at all', () => {
    expect(labels(renderToStaticMarkup(<ArticleBody tree={tree} linked={linked} images={{}} />))).toEqual(['Also read: Our report', 'Also read: The day before', null]);
  });

  it('leaves a story named by an earlier body of the page unnamed', () => {
    expect(labels(renderToStaticMarkup(<ArticleBody tree={tree} linked={linked} images={{}} named={new Set(['report'])} />))).toEqual([null, 'Also read: The day before', null]);
  });
});
