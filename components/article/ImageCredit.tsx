import type { HeroImage } from '@/lib/content';
import { ResponsiveImage } from './ResponsiveImage';

/** The image, its words and its intrinsic size, as an article's hero or a body <Figure> gives them. */
export type ImageCreditProps = HeroImage & {
  /** Layout widths for the browser's choice of source. */
  sizes: string;
  /** Load first: for the image that is the page's largest paint. */
  preload?: boolean;
};

/**
 * An image with its caption and its credit ("Source: …"), as a figure. The image is a link to
 * its file at full size, so a graphic's small print can be read on any screen without a script.
 */
export function ImageCredit({ src, alt, caption, credit, creditUrl, width, height, sizes, preload = false }: ImageCreditProps) {
  return (
    <figure className="image-credit">
      <a className="image-credit__open" href={src}>
        <ResponsiveImage className="image-credit__image" src={src} alt={alt} width={width} height={height} sizes={sizes} preload={preload} />
        <span className="image-credit__enlarge">
          <span className="visually-hidden">(full size)</span>
        </span>
      </a>
      <figcaption className="image-credit__caption">
        <span className="image-credit__text">{caption}</span>{' '}
        <span className="image-credit__credit">
          Source:{' '}
          {creditUrl ? (
            <a href={creditUrl} rel="noopener">
              {credit}
            </a>
          ) : (
            credit
          )}
        </span>
      </figcaption>
    </figure>
  );
}
