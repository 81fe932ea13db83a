import { cardImage } from '@/components/social/card-image';
import { siteCard } from '@/lib/routes/cards';

// Drawn once at build.
export const dynamic = 'force-static';

export function GET() {
  return cardImage(siteCard());
}
