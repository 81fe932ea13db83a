import type { Element } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ArticlePageModel } from '@/lib/content';
import { bodyComponents, isBodyComponent } from '@/lib/content/check/body';
import { toHast } from 'mdast-util-to-hast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { typeset } from '@/lib/content/check/typography';
import { AlsoRead } from './AlsoRead';
import { ImageCredit } from './ImageCredit';

type ArticleBodyProps = Pick<ArticlePageModel, 'linked' | 'images'> & { tree: Root };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * An allow-listed component becomes a plain element named `mdx-<name>` with
 * its string attributes (lower-cased), which the components map below renders.
 * Attribute values are never evaluated.
 */
function componentElement(node: MdxJsxFlowElement): Element | undefined {
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
  return { type: 'element', tagName: `mdx-${name}`, properties, children: [] };
}

/**
 * Renders a checked body tree on the server. Components come from the
 * allow-list only and attributes are plain strings: nothing in the body runs.
 */
export function ArticleBody({ tree, linked, images }: ArticleBodyProps) {
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: (_state, node: MdxJsxFlowElement) => componentElement(node),
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
        return target ? <AlsoRead headline={target.headline} href={target.path} /> : null;
      },
      'mdx-Figure': (props: Record<string, unknown>) => {
        const src = text(props.src);
        const size = Object.hasOwn(images, src) ? images[src] : undefined;
        if (!size) return null;
        return (
          <ImageCredit
            src={src}
            alt={text(props.alt)}
            caption={typeset(text(props.caption))}
            credit={text(props.credit)}
            creditUrl={text(props.crediturl) || undefined}
            width={size.width}
            height={size.height}
            sizes="(min-width: 45rem) 42rem, 100vw"
          />
        );
      },
    },
  });
  return <div className="article-body">{content}</div>;
}
