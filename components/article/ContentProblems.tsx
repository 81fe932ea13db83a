import type { ContentProblem } from '@/lib/content';
import styles from './ContentProblems.module.css';

/**
 * What is wrong with an article, on its own URL in `next dev`, in the words
 * of `npm run content:check`. Production never gets here: errors stop the build.
 */
export function ContentProblems({ problems }: { problems: ContentProblem[] }) {
  const file = problems[0]?.file ?? 'this article';
  return (
    <section className={styles.problems} aria-labelledby="content-problems-heading">
      <h1 id="content-problems-heading" className={styles.heading}>
        This article has content errors
      </h1>
      <p>
        Fix <code>{file}</code> and save: this page reloads with the article. The rest of the site keeps working.
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={`${p.line ?? 0}:${p.column ?? 0} ${p.field} ${p.message}`}>
              <td>
                <code>{p.line ? `line ${p.line}, column ${p.column ?? 1}` : p.file}</code>
              </td>
              <td>
                <code>{p.field}</code>
              </td>
              <td>
                {p.severity === 'warning' ? 'Warning: ' : ''}
                {p.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
