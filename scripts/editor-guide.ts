/**
 * Writes content/README.md, the editor guide, from lib/content/guide.ts and
 * the schema. A unit test fails when the file is out of step.
 *   npx tsx scripts/editor-guide.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { editorGuide } from '../lib/content/guide';

const target = path.resolve('content', 'README.md');
writeFileSync(target, editorGuide());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
