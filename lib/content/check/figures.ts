import type { CheckedBody } from './body';
import type { FileProblem } from './problems';

/** What the check says about pictures, a hero's or a body <Figure>'s, wherever they stand (articles and live blogs' updates). */

/** A caption that names the credit, which the page prints after it anyway ("Source: …"). */
export function captionRepeatsCredit(caption: string | undefined, credit: string | undefined): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return Boolean(caption && credit && fold(credit) && ` ${fold(caption)} `.includes(` ${fold(credit)} `));
}

export const CREDIT_TWICE_MESSAGE = 'names the credit, which the page prints after the caption as "Source: …": leave it out of the caption';

/** What the check warns about a body's <Figure>s: alt text that repeats the caption, a caption that repeats the credit. */
export function figureWarnings(body: Pick<CheckedBody, 'figures'>, phase: number): FileProblem[] {
  return body.figures.flatMap(({ position, alt, caption, credit }): FileProblem[] => {
    const problems: FileProblem[] = [];
    if (alt && caption && alt.trim().toLowerCase() === caption.trim().toLowerCase()) {
      problems.push({ ...position, field: '<Figure> alt', message: 'is the same as the caption, so screen readers read it twice; describe what the image shows instead', severity: 'warning', phase });
    }
    if (captionRepeatsCredit(caption, credit)) problems.push({ ...position, field: '<Figure> caption', message: CREDIT_TWICE_MESSAGE, severity: 'warning', phase });
    return problems;
  });
}
