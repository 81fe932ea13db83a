import { typeset } from '@/lib/content/typography';
import { ImageCredit } from './ImageCredit';
import styles from './Gallery.module.css';

export interface GalleryFigure {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  creditUrl?: string;
  width: number;
  height: number;
}

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
