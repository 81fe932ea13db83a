import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from './body';
import { checkBodyFacts, forgetBodyChecks, recordBodyChecks, saveBodyChecks, trustBodyChecks } from './body-cache';
import { buildIndex } from './build';
import { directorySource, publicImageResolver } from './source';

const fixtures = path.join(__dirname, 'fixtures');
const images = publicImageResolver(path.join(fixtures, 'public'));
const valid = directorySource(path.join(fixtures, 'valid'), 'content');

const good = 'Baghdad was calm on Sunday.\n\n<AlsoRead id="other-story" />\n\nSee [the map](/world/2021/11/07/map).\n';
const bad = 'Text with an {expression} in it.\n';

function cacheFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'masthead-body-checks-')), 'body-checks.json');
}

afterEach(() => forgetBodyChecks());

describe('recorded body checks', () => {
  it('answer with exactly what checking the body finds', () => {
    const file = cacheFile();
    recordBodyChecks();
    const fresh = checkBodyFacts(good, 12);
    expect(saveBodyChecks(file)).toBe(1);
    forgetBodyChecks();
    expect(trustBodyChecks(file)).toBe(1);
    const { tree, ...expected } = checkBody(good, 12);
    expect(tree.children.length).toBeGreaterThan(0);
    expect(checkBodyFacts(good, 12)).toEqual(expected);
    expect(fresh).toEqual(expected);
    expect(expected.alsoRead.map((r) => r.value)).toEqual(['other-story']);
  });

  it('are found only by the same text on the same line', () => {
    const file = cacheFile();
    recordBodyChecks();
    checkBodyFacts(good, 12);
    saveBodyChecks(file);
    forgetBodyChecks();
    trustBodyChecks(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    // A forged entry for the edited body would be used; there is none, so the edit is checked afresh.
    expect(Object.keys(saved.entries)).toHaveLength(1);
    expect(checkBodyFacts(`${good}\n<Unknown />\n`, 12).problems).not.toEqual([]);
    expect(checkBodyFacts(good, 13).alsoRead[0]?.position.line).toBe(checkBody(good, 13).alsoRead[0]?.position.line);
  });

  it('never record a body with problems', () => {
    const file = cacheFile();
    recordBodyChecks();
    expect(checkBodyFacts(bad).problems).not.toEqual([]);
    expect(saveBodyChecks(file)).toBe(0);
  });

  it('are ignored when the file is missing, unreadable or from another version', () => {
    const file = cacheFile();
    expect(trustBodyChecks(file)).toBe(0);
    writeFileSync(file, '{ not json');
    expect(trustBodyChecks(file)).toBe(0);
    writeFileSync(file, JSON.stringify({ version: 'old', entries: { x: { problems: [], alsoRead: [], images: [], internalLinks: [], wordCount: 1 } } }));
    expect(trustBodyChecks(file)).toBe(0);
    expect(checkBodyFacts(bad).problems).not.toEqual([]);
  });

  it('give the same index and problems as checking every body', () => {
    const checkedEveryBody = buildIndex(valid, images);
    const file = cacheFile();
    recordBodyChecks();
    buildIndex(valid, images);
    expect(saveBodyChecks(file)).toBe(valid.listArticles().length);
    forgetBodyChecks();
    trustBodyChecks(file);
    expect(buildIndex(valid, images)).toEqual(checkedEveryBody);
  });
});
