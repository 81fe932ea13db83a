import { withDocument } from '@/components/document/DocumentPage';
import { TopicIndex } from '@/components/fronts/TopicIndex';
import { topicIndexProps } from '@/lib/pages/indexes';

/** Every topic. */
export const config = { unstable_runtimeJS: false };
export default withDocument(TopicIndex);
export const getStaticProps = topicIndexProps;
