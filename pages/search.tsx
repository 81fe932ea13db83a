import { withDocument } from '@/components/document/DocumentPage';
import { SearchPage } from '@/components/search/SearchPage';
import { searchPageProps } from '@/lib/pages/search';

/** Search results: rendered for each request, a plain document like every reader page. */
export const config = { unstable_runtimeJS: false };
export default withDocument(SearchPage);
export const getServerSideProps = searchPageProps;
