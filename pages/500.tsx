import type { GetStaticProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { ErrorNotice } from '@/components/ErrorNotice';
import { asJson, pageChrome, type PageChrome } from '@/lib/article-route';
import { noindexMetadata } from '@/lib/seo/metadata';

/** An article page that fails to render (app/error.tsx serves every other page). */
export const config = { unstable_runtimeJS: false };

export default function ServerError({ chrome }: { chrome: PageChrome }) {
  return (
    <DocumentPage chrome={chrome}>
      <ErrorNotice />
    </DocumentPage>
  );
}

export const getStaticProps: GetStaticProps<{ chrome: PageChrome }> = async () => ({
  props: asJson({ chrome: pageChrome(noindexMetadata('Something went wrong')) }),
});
