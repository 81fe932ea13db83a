import type { GetStaticProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { ErrorNotice } from '@/components/ErrorNotice';
import { serverErrorPageResult, type ServerErrorProps } from '@/lib/pages/errors';

/** The site's one error page: what any reader page that fails to render answers, with status 500. */
export const config = { unstable_runtimeJS: false };

export default function ServerErrorRoute({ chrome }: ServerErrorProps) {
  return (
    <DocumentPage chrome={chrome}>
      <ErrorNotice />
    </DocumentPage>
  );
}

export const getStaticProps: GetStaticProps<ServerErrorProps> = async () => serverErrorPageResult();
