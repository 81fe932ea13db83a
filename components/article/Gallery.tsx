import { typeset } from '@/lib/content/check/typography';
import { ImageCredit, type ImageCreditProps } from './ImageCredit';
import styles from './Gallery.module.css';

/** One picture: a body <Figure>'s attributes with the image's size read from its file. */
export type GalleryFigure = Omit<ImageCreditProps, 'sizes' | 'preload'>;

interface GalleryProps {
  figures: readonly GalleryFigure[];
  /** What the pictures show together. */
  caption?: string;
}

/**
 * Several pictures shown together, each with its own caption and credit: a
 * grid on wide screens, a column on phones. Plain images, readable without
 * JavaScript, nothing hidden behind a carousel.
 */
export function Gallery({ figures, caption }: GalleryProps) {
  return (
    <figure className={styles.gallery}>
      {caption ? <figcaption className={styles.caption}>{typeset(caption)}</figcaption> : null}
      <ul className={styles.grid}>
        {figures.map((f) => (
          <li key={f.src} className={styles.item}>
            <ImageCredit
              src={f.src}
              alt={f.alt}
              caption={typeset(f.caption)}
              credit={f.credit}
              creditUrl={f.creditUrl}
              width={f.width}
              height={f.height}
              sizes="(min-width: 45rem) 21rem, 100vw"
            />
          </li>
        ))}
      </ul>
    </figure>
  );
}
