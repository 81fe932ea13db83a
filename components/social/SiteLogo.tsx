import { cardText } from '@/lib/seo/og';

/** The square logo for structured data and feeds, drawn by next/og. */
export function SiteLogo({ siteName }: { siteName: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#a3112e',
        color: '#ffffff',
        fontFamily: 'Source Serif 4',
        fontWeight: 700,
        fontSize: 340,
      }}
    >
      {cardText(siteName).slice(0, 1)}
    </div>
  );
}
