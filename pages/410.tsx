import { withDocument } from '@/components/document/DocumentPage';
import { GonePage } from '@/components/document/GonePage';
import { gonePageProps } from '@/lib/pages/errors';

/**
 * The page the address of a story taken down answers, with status 410 (the server guard sends it
 * there: lib/http/server-guard.ts); at its own address it is an address that names nothing.
 */
export const config = { unstable_runtimeJS: false };
export default withDocument(GonePage);
export const getStaticProps = gonePageProps;
