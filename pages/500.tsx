import type { GetStaticProps } from 'next';
import Head from 'next/head';
import { ErrorNotice } from '@/components/ErrorNotice';
import { SiteChrome } from '@/components/SiteChrome';
import { asJson } from '@/lib/article-route';
import { getSections, listArticles, type ArticleSummary, type Section } from '@/lib/content';
import { site } from '@/lib/site';

/** An article page that fails to render (app/error.tsx serves every other page). */
export const config = { unstable_runtimeJS: false };

interface ServerErrorProps {
  sections: Section[];
  latest: ArticleSummary[];
}

export default function ServerError({ sections, latest }: ServerErrorProps) {
  return (
    <>
      <Head>
        <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />
        <title key="title">{`Something went wrong · ${site.name}`}</title>
        <meta key="robots" name="robots" content="noindex" />
      </Head>
      <SiteChrome sections={sections} latest={latest}>
        <ErrorNotice />
      </SiteChrome>
    </>
  );
}

export const getStaticProps: GetStaticProps<ServerErrorProps> = async () => ({
  props: asJson({ sections: getSections(), latest: listArticles({ limit: 5 }) }),
});
