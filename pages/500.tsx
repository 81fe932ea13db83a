import { withDocument } from '@/components/document/DocumentPage';
import { ErrorNotice } from '@/components/document/ErrorNotice';
import { serverErrorPageProps } from '@/lib/pages/errors';

/** The site's one error page: what any reader page that fails to render answers, with status 500. */
export const config = { unstable_runtimeJS: false };
export default withDocument(ErrorNotice);
export const getStaticProps = serverErrorPageProps;
