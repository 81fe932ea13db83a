import { cardText } from '@/lib/seo/og';
import { ACCENT, canvas } from './canvas';

/** The square logo for structured data and feeds, drawn by next/og. */
export function SiteLogo({ siteName }: { siteName: string }) {
  return (
    <div
      style={{
        ...canvas,
        alignItems: 'center',
        justifyContent: 'center',
        background: ACCENT,
        color: '#ffffff',
        fontWeight: 700,
        fontSize: 340,
      }}
    >
      {cardText(siteName).slice(0, 1)}
    </div>
  );
}
