import { logoImage } from '@/components/social/card-image';

// Drawn once at build.
export const dynamic = 'force-static';

export function GET() {
  return logoImage();
}
