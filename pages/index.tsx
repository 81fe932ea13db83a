import { withDocument } from '@/components/document/DocumentPage';
import { FrontPage } from '@/components/fronts/FrontPage';
import { frontPageProps } from '@/lib/pages/front';

/** The front page. Every reader page is a plain HTML document: no framework JavaScript (docs/decisions/0001). */
export const config = { unstable_runtimeJS: false };
export default withDocument(FrontPage);
export const getStaticProps = frontPageProps;
