import type { GetStaticProps } from 'next';
import { DocumentPage } from '@/components/DocumentPage';
import { TopicIndex } from '@/components/TopicIndex';
import { topicIndexResult, type TopicIndexProps } from '@/lib/pages/indexes';

export const config = { unstable_runtimeJS: false };

export default function TopicsRoute({ chrome, topics }: TopicIndexProps) {
  return (
    <DocumentPage chrome={chrome}>
      <TopicIndex topics={topics} />
    </DocumentPage>
  );
}

export const getStaticProps: GetStaticProps<TopicIndexProps> = async () => topicIndexResult();
