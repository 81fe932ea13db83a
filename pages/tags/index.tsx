import { withDocument } from '@/components/DocumentPage';
import { TopicIndex } from '@/components/TopicIndex';
import { topicIndexProps } from '@/lib/pages/indexes';

/** Every topic. */
export const config = { unstable_runtimeJS: false };
export default withDocument(TopicIndex);
export const getStaticProps = topicIndexProps;
