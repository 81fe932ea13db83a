import type { GetStaticProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { FrontPage } from '@/components/FrontPage';
import { frontPageResult, type FrontPageProps } from '@/lib/pages/front';

/** Every reader page is a plain HTML document: no framework JavaScript (docs/decisions/0001). */
export const config = { unstable_runtimeJS: false };

export default function FrontRoute({ chrome, front, jsonLd }: FrontPageProps) {
  return (
    <DocumentPage chrome={chrome}>
      <FrontPage front={front} jsonLd={jsonLd} />
    </DocumentPage>
  );
}

export const getStaticProps: GetStaticProps<FrontPageProps> = async () => frontPageResult();
