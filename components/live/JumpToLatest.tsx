import styles from './JumpToLatest.module.css';

/**
 * "Jump to latest": a link that stays at the bottom of the screen while the reader is among the
 * updates (sticky, no script), to the newest update: at the top of the list on the live blog's
 * own address, the live blog from any other of its pages.
 */
export function JumpToLatest({ href }: { href: string }) {
  return (
    <p className={styles.jump}>
      <a className={styles.link} href={href}>
        Jump to latest
      </a>
    </p>
  );
}
