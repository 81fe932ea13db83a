// The mutation score of each module `npm run test:mutation` changed, from Stryker's JSON report,
// and a failure when any is under the target: one module's gaps cannot hide behind another's score.
//   node scripts/mutation-score.mjs [report.json]
import { readFileSync } from 'node:fs';

const TARGET = 90;
const file = process.argv[2] ?? 'reports/mutation/mutation.json';

/** @type {{ files: Record<string, { mutants: { status: string, mutatorName: string, replacement?: string, location: { start: { line: number } } }[] }> }} */
const report = JSON.parse(readFileSync(file, 'utf8'));

// As Stryker counts: a mutant that made the tests time out was noticed; one that could not be
// compiled or ignored one does not count either way.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const rows = Object.entries(report.files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, { mutants }]) => {
    const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
    const missed = mutants.filter((m) => UNDETECTED.has(m.status));
    const valid = detected + missed.length;
    return { name, detected, missed, valid, score: valid ? (100 * detected) / valid : 100 };
  });

console.log('| module | score | killed | survived | no coverage |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const survived = r.missed.filter((m) => m.status === 'Survived').length;
  console.log(`| ${r.name} | ${r.score.toFixed(1)} % | ${r.detected} | ${survived} | ${r.missed.length - survived} |`);
}
for (const r of rows) {
  for (const m of r.missed) console.log(`${r.name}:${m.location.start.line}  ${m.status}  ${m.mutatorName}${m.replacement === undefined ? '' : `: ${m.replacement.replace(/\s+/g, ' ').slice(0, 100)}`}`);
}
const short = rows.filter((r) => r.score < TARGET);
if (short.length) {
  console.error(`\nUnder ${TARGET} %: ${short.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
