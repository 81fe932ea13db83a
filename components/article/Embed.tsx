import type { Embed as EmbedData } from '@/lib/content/live/embeds';
import { typeset } from '@/lib/content/check/typography';
import { LIVE_DATA } from '@/lib/http/live-scripts';
import styles from './Embed.module.css';

interface EmbedProps {
  embed: EmbedData;
  caption?: string;
  credit?: string;
}

const LINK_TEXT: Record<string, string> = { video: 'Watch on', post: 'See the post on' };

/**
 * A video or social post from another site, as a card: nothing is requested
 * from that site until the reader presses "Load" (shown only where the page
 * script runs). Before that, and without JavaScript, the card links to the
 * original. The card carries the provider and the ids; the loader
 * (lib/http/live-scripts.js) builds the player's address from them.
 */
export function Embed({ embed, caption, credit }: EmbedProps) {
  const what = `${embed.noun === 'video' ? 'Video' : 'Post'} from ${embed.providerName}`;
  const title = caption ? `${what}: ${typeset(caption)}` : what;
  const data = {
    [LIVE_DATA.embed]: embed.provider,
    [LIVE_DATA.embedParams]: new URLSearchParams(embed.params).toString(),
    [LIVE_DATA.embedTitle]: title,
  };
  return (
    <figure className={styles.embed} {...data}>
      <div className={styles.card}>
        <p className={styles.provider}>{what}</p>
        <p className={styles.actions}>
          <button type="button" className={styles.load} {...{ [LIVE_DATA.embedLoad]: '' }}>
            Load {embed.noun}
            <span className="visually-hidden"> from {embed.providerName}</span>
          </button>
          <a className={styles.original} href={embed.url} rel="noopener noreferrer">
            {LINK_TEXT[embed.noun] ?? 'Open on'} {embed.providerName}
          </a>
        </p>
        <p className={styles.privacy}>Loading it shows content from {embed.providerName}, which may set cookies and record your visit.</p>
      </div>
      <div className={`${styles.frame} ${styles[embed.frame.layout] ?? ''}`} hidden {...{ [LIVE_DATA.embedFrame]: '' }} />
      {caption || credit ? (
        <figcaption className={styles.caption}>
          {caption ? <span>{typeset(caption)}</span> : null}
          {caption && credit ? ' ' : null}
          {credit ? <span className={styles.credit}>Source: {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
