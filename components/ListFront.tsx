import type { ListFrontContent } from '@/lib/pages/lists';
import { JsonLd } from './JsonLd';
import { Pagination } from './Pagination';
import { StoryList } from './StoryList';

/** A section, tag or author front: title, one page of stories newest first, and the way to the others. */
export function ListFront({ title, intro, list, emptyMessage, jsonLd }: ListFrontContent) {
  const { window } = list;
  return (
    <>
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      <div className="list-front">
        <h1 className="page-title">
          {title}
          {window.page > 1 ? <span className="page-title__page">, page {window.page}</span> : null}
        </h1>
        {intro && window.page === 1 ? (
          <div className="page-intro">
            <p>{intro}</p>
          </div>
        ) : null}
        <StoryList articles={list.articles} emptyMessage={emptyMessage} />
        <Pagination window={window} />
      </div>
    </>
  );
}
