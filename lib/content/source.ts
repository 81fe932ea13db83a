import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

// Paths here come from configuration (CONTENT_DIR) and content, so the bundler
// is told not to trace them; next.config.js ships content/ and public/ instead.

/** Where content comes from: a folder on disk in the app, a map in tests. */
export interface ContentSource {
  /** How paths are shown to editors, e.g. "content". */
  label: string;
  /** Article files, relative to the content root, e.g. "articles/x.mdx". */
  listArticles(): string[];
  /** Text of a file relative to the content root, or undefined when absent. */
  read(relativePath: string): string | undefined;
}

export interface ImageInfo {
  width: number;
  height: number;
}

/** Looks up an image by its public path ("/images/x.svg"); undefined when missing or unreadable. */
export type ImageResolver = (publicPath: string) => ImageInfo | undefined;

export function directorySource(root: string, label = path.relative(process.cwd(), root) || '.'): ContentSource {
  const articlesDir = path.join(root, 'articles');
  return {
    label,
    listArticles() {
      const out: string[] = [];
      const walk = (dir: string) => {
        let entries: string[];
        try {
          entries = readdirSync(/*turbopackIgnore: true*/ dir);
        } catch {
          return;
        }
        for (const name of entries.sort()) {
          if (name.startsWith('.')) continue;
          const full = path.join(dir, name);
          if (statSync(/*turbopackIgnore: true*/ full).isDirectory()) walk(full);
          else if (name.endsWith('.mdx')) out.push(path.relative(root, full).split(path.sep).join('/'));
        }
      };
      walk(articlesDir);
      return out;
    },
    read(relativePath) {
      try {
        return readFileSync(/*turbopackIgnore: true*/ path.join(root, relativePath), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export function memorySource(files: Record<string, string>, label = 'content'): ContentSource {
  return {
    label,
    listArticles: () => Object.keys(files).filter((f) => f.startsWith('articles/') && f.endsWith('.mdx')).sort(),
    read: (relativePath) => files[relativePath],
  };
}

/** Reads image dimensions from public/; a path that escapes public/ counts as missing. */
export function publicImageResolver(publicDir: string): ImageResolver {
  const root = path.resolve(publicDir);
  const cache = new Map<string, ImageInfo | undefined>();
  return (publicPath) => {
    if (cache.has(publicPath)) return cache.get(publicPath);
    const full = path.resolve(root, `.${publicPath}`);
    let info: ImageInfo | undefined;
    if (full.startsWith(root + path.sep)) {
      try {
        const size = imageSize(readFileSync(/*turbopackIgnore: true*/ full));
        if (size.width && size.height) info = { width: size.width, height: size.height };
      } catch {
        info = undefined;
      }
    }
    cache.set(publicPath, info);
    return info;
  };
}
