import { withDocument } from '@/components/document/DocumentPage';
import { ListFront } from '@/components/fronts/ListFront';
import { listFrontPaths, listFrontProps } from '@/lib/pages/lists';

export const config = { unstable_runtimeJS: false };
export default withDocument(ListFront);
export const getStaticPaths = listFrontPaths('section', 'first');
export const getStaticProps = listFrontProps('section');
