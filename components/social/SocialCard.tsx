import type { Card } from '@/lib/routes/cards';
import { cardText, headlineSize } from '@/lib/seo/og';
import { ACCENT, canvas } from './canvas';

/** The 1200×630 share image, drawn by next/og: inline styles only, as its renderer requires. */
export function SocialCard({ kicker, headline, siteName, footnote }: Card) {
  const title = cardText(headline);
  return (
    <div
      style={{
        ...canvas,
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fbfaf7',
        color: '#161616',
        borderTop: `18px solid ${ACCENT}`,
        padding: '56px 72px 52px',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: ACCENT, letterSpacing: 1, textTransform: 'uppercase' }}>
        {cardText(kicker)}
      </div>
      <div style={{ display: 'flex', fontSize: headlineSize(title), fontWeight: 700, lineHeight: 1.12 }}>{title}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: '2px solid #161616',
          paddingTop: 20,
          fontSize: 30,
        }}
      >
        <div style={{ display: 'flex', fontWeight: 700, fontSize: 40 }}>{cardText(siteName)}</div>
        <div style={{ display: 'flex', color: '#555555' }}>{footnote ? cardText(footnote) : ''}</div>
      </div>
    </div>
  );
}
