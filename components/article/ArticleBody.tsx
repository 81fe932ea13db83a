import type { Element } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ArticlePageModel } from '@/lib/content';
import { bodyComponents, isBodyComponent } from '@/lib/content/check/body';
import { toHast } from 'mdast-util-to-hast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { typeset } from '@/lib/content/check/typography';
import { parseEmbedUrl } from '@/lib/content/live/embeds';
import { AlsoRead } from './AlsoRead';
import { Embed } from './Embed';
import { Gallery, type GalleryFigure } from './Gallery';
import { ImageCredit } from './ImageCredit';
import { PullQuote } from './PullQuote';

type ArticleBodyProps = Pick<ArticlePageModel, 'linked' | 'images'> & {
  tree: Root;
  /** Stories an "Also read" earlier on the page (another body) names already: a second is no landmark of its own. */
  named?: ReadonlySet<string>;
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** An allow-listed component's string attributes (names lower-cased), never evaluated; anything else is dropped. */
function attributesOf(node: MdxJsxFlowElement): Record<string, string> | undefined {
  // The checker refuses anything else; should a tree ever skip it, unknown tags and attributes
  // (an <iframe>, an onclick) still render nothing.
  const name = node.name;
  if (name === null || !isBodyComponent(name)) return undefined;
  const allowed = Object.keys(bodyComponents[name].attributes);
  const properties: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && allowed.includes(attribute.name)) {
      properties[attribute.name.toLowerCase()] = attribute.value;
    }
  }
  return properties;
}

/** A body <Figure>'s attributes with its image's size, or undefined when the image is unknown. */
function figureOf(attributes: Record<string, unknown>, images: ArticleBodyProps['images']): GalleryFigure | undefined {
  const src = text(attributes.src);
  const size = Object.hasOwn(images, src) ? images[src] : undefined;
  if (!size) return undefined;
  const creditUrl = text(attributes.crediturl);
  return { src, alt: text(attributes.alt), caption: typeset(text(attributes.caption)), credit: text(attributes.credit), width: size.width, height: size.height, ...(creditUrl ? { creditUrl } : {}) };
}

/**
 * Renders a checked body tree on the server. Components come from the
 * allow-list only and attributes are plain strings: nothing in the body runs.
 * Each component becomes a plain element named `mdx-<name>`, which the map
 * below draws; a gallery's pictures are kept aside by number, since they are
 * its only content.
 */
export function ArticleBody({ tree, linked, images, named = new Set() }: ArticleBodyProps) {
  const galleries: GalleryFigure[][] = [];
  // An "Also read" is a landmark named by its story the first time the page names that story.
  const landmarks = new Set(named);
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: (_state, node: MdxJsxFlowElement): Element | undefined => {
        const properties = attributesOf(node);
        if (!properties) return undefined;
        if (node.name === 'Gallery') {
          const figures = node.children.flatMap((child) => {
            const figure = child.type === 'mdxJsxFlowElement' && child.name === 'Figure' ? attributesOf(child) : undefined;
            const found = figure ? figureOf(figure, images) : undefined;
            return found ? [found] : [];
          });
          properties.gallery = String(galleries.push(figures) - 1);
        }
        if (node.name === 'AlsoRead' && properties.id !== undefined && !landmarks.has(properties.id)) {
          landmarks.add(properties.id);
          properties.landmark = 'yes';
        }
        return { type: 'element', tagName: `mdx-${node.name ?? ''}`, properties, children: [] };
      },
      // The checker only admits components on lines of their own; anything else renders nothing.
      mdxJsxTextElement: () => undefined,
      mdxFlowExpression: () => undefined,
      mdxTextExpression: () => undefined,
      mdxjsEsm: () => undefined,
    },
  });
  const content = toJsxRuntime(hast, {
    Fragment,
    jsx,
    jsxs,
    components: {
      'mdx-AlsoRead': (props: Record<string, unknown>) => {
        const target = Object.hasOwn(linked, text(props.id)) ? linked[text(props.id)] : undefined;
        return target ? <AlsoRead headline={target.headline} href={target.path} landmark={props.landmark === 'yes'} /> : null;
      },
      'mdx-Figure': (props: Record<string, unknown>) => {
        const figure = figureOf(props, images);
        return figure ? <ImageCredit {...figure} sizes="(min-width: 45rem) 42rem, 100vw" /> : null;
      },
      'mdx-Gallery': (props: Record<string, unknown>) => {
        const figures = galleries[Number(text(props.gallery))] ?? [];
        return figures.length ? <Gallery figures={figures} caption={text(props.caption) || undefined} /> : null;
      },
      'mdx-Embed': (props: Record<string, unknown>) => {
        const embed = parseEmbedUrl(text(props.url));
        return 'message' in embed ? null : <Embed embed={embed} caption={text(props.caption) || undefined} credit={text(props.credit) || undefined} />;
      },
      'mdx-PullQuote': (props: Record<string, unknown>) =>
        text(props.quote) && text(props.by) ? <PullQuote quote={text(props.quote)} by={text(props.by)} role={text(props.role) || undefined} /> : null,
    },
  });
  return <div className="article-body">{content}</div>;
}
