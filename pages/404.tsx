import type { GetStaticProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { NotFoundPage } from '@/components/NotFoundPage';
import { notFoundPageResult, type NotFoundProps } from '@/lib/pages/errors';

/**
 * The site's one 404 page, for every address with no page and every page that finds nothing
 * (Next's App Router would otherwise answer them: scripts/postbuild.mjs).
 */
export const config = { unstable_runtimeJS: false };

export default function NotFoundRoute({ chrome, latest }: NotFoundProps) {
  return (
    <DocumentPage chrome={chrome}>
      <NotFoundPage latest={latest} />
    </DocumentPage>
  );
}

export const getStaticProps: GetStaticProps<NotFoundProps> = async () => notFoundPageResult();
