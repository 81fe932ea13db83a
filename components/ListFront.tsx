import type { ReactNode } from 'react';
import type { ListPage } from '@/lib/front/lists';
import { Pagination } from './Pagination';
import { StoryList } from './StoryList';

interface ListFrontProps {
  title: string;
  /** Shown under the title on the first page only. */
  intro?: ReactNode;
  list: ListPage;
  emptyMessage: string;
}

/** A section, tag or author front: title, one page of stories newest first, and the way to the others. */
export function ListFront({ title, intro, list, emptyMessage }: ListFrontProps) {
  const { window } = list;
  return (
    <div className="list-front">
      <h1 className="page-title">
        {title}
        {window.page > 1 ? <span className="page-title__page">, page {window.page}</span> : null}
      </h1>
      {intro && window.page === 1 ? <div className="page-intro">{intro}</div> : null}
      <StoryList articles={list.articles} emptyMessage={emptyMessage} />
      <Pagination window={window} />
    </div>
  );
}
