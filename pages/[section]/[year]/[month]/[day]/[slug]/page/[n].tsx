import type { GetStaticPaths, GetStaticProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { LiveBlogPage } from '@/components/LiveBlogPage';
import { olderPageResult, type LiveParams, type LivePageProps } from '@/lib/pages/live';

/**
 * An older page of a live blog's updates, counted from the oldest (lib/live/pages.ts). Each
 * renders on its first request and is cached; the live blog's own address while its updates
 * are still shown there; the site's 404 past the end.
 */
export const config = { unstable_runtimeJS: false };

export default function LiveOlderPageRoute({ chrome, live }: LivePageProps) {
  return (
    <DocumentPage chrome={chrome}>
      <LiveBlogPage {...live} />
    </DocumentPage>
  );
}

type Params = LiveParams & { n: string };

export const getStaticPaths: GetStaticPaths<Params> = async () => ({ paths: [], fallback: 'blocking' });

export const getStaticProps: GetStaticProps<LivePageProps, Params> = async ({ params }) => olderPageResult(params);
