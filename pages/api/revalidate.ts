import type { NextApiRequest, NextApiResponse } from 'next';
import { carriesSecret } from '@/lib/http/revalidation-secret';
import { regenerate, regenerationRequest } from '@/lib/routes/revalidation';

/**
 * Regenerates what a publish changed (lib/routes/revalidation.ts). The server guard answers every
 * request here without the secret as an address that names nothing; the check is made again
 * here, for a server run without the guard.
 */
// A publish of many stories names many addresses (at most 10,000 of up to 2,000 characters).
export const config = { api: { bodyParser: { sizeLimit: '4mb' } } };

export default async function handler(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'POST' || !carriesSecret(request.headers.authorization)) {
    response.status(404).send('Not found');
    return;
  }
  const parsed = regenerationRequest.safeParse(request.body);
  if (!parsed.success) {
    response.status(400).json({ error: 'The body is { "paths": ["/…"], "keys": ["…"] }.' });
    return;
  }
  response.status(200).json(await regenerate(parsed.data, (path) => response.revalidate(path)));
}
