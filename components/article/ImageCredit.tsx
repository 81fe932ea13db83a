import { ResponsiveImage } from './ResponsiveImage';

export interface ImageCreditProps {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  creditUrl?: string;
  width: number;
  height: number;
  /** Layout widths for the browser's choice of source. */
  sizes: string;
  /** Load first: for the image that is the page's largest paint. */
  preload?: boolean;
}

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
