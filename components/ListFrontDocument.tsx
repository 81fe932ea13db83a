import type { ListFrontProps } from '@/lib/pages/lists';
import { DocumentPage } from './DocumentPage';
import { ListFront } from './ListFront';

/** The page of every section, tag and author front and of their later pages (pages/). */
export function ListFrontDocument({ chrome, ...content }: ListFrontProps) {
  return (
    <DocumentPage chrome={chrome}>
      <ListFront {...content} />
    </DocumentPage>
  );
}
