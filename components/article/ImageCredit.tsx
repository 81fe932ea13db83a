import type { HeroImage } from '@/lib/content';
import { ResponsiveImage } from './ResponsiveImage';

/** The image, its words and its intrinsic size, as an article's hero or a body <Figure> gives them. */
export type ImageCreditProps = HeroImage & {
  /** Layout widths for the browser's choice of source. */
  sizes: string;
  /** Load first: for the image that is the page's largest paint. */
  preload?: boolean;
};

/** An image with its caption and its credit ("Source: …"), as a figure. */
export function ImageCredit({ src, alt, caption, credit, creditUrl, width, height, sizes, preload = false }: ImageCreditProps) {
  return (
    <figure className="image-credit">
      <ResponsiveImage
        className="image-credit__image"
        src={src}
        alt={alt}
        width={width}
        height={height}
        sizes={sizes}
        preload={preload}
      />
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
