import type { ListFrontContent } from '@/lib/pages/lists';
import { JsonLd } from '../document/JsonLd';
import { Pagination } from './Pagination';
import { ArticleList } from '../summaries/ArticleList';

/** A section, tag or author front: title, one page of stories newest first, and the way to the others. */
export function ListFront({ title, intro, articles, window, emptyMessage, jsonLd }: ListFrontContent) {
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
        <ArticleList articles={articles} emptyMessage={emptyMessage} />
        <Pagination window={window} />
      </div>
    </>
  );
}
