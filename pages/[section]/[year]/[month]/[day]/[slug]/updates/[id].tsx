import type { GetStaticPaths, GetStaticProps } from 'next';
import { updatePermalinkResult, type LiveParams, type LivePageProps } from '@/lib/pages/live';

/**
 * An update's permalink: a temporary redirect to the page of its live blog that holds it
 * now, at its anchor; the site's 404 for an update there is not. It never renders a page.
 */
export const config = { unstable_runtimeJS: false };

export default function UpdatePermalinkRoute() {
  return null;
}

type Params = LiveParams & { id: string };

export const getStaticPaths: GetStaticPaths<Params> = async () => ({ paths: [], fallback: 'blocking' });

export const getStaticProps: GetStaticProps<LivePageProps, Params> = async ({ params }) => updatePermalinkResult(params);
