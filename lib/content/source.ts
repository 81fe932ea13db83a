import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

// Paths here come from configuration (CONTENT_DIR) and content, so the bundler
// is told not to trace them; next.config.js ships content/ and public/ instead.

/** Where content comes from: a folder on disk in the app, a map in tests. */
export interface ContentSource {
  /** How paths are shown to editors, e.g. "content". */
  label: string;
  /**
   * The files the content check reads, relative to the content root, in byte order (see
   * byteOrder): articles ("articles/x.mdx") and live blogs ("live/<id>/index.mdx" and its
   * "live/<id>/updates/*.mdx").
   */
  listFiles(): string[];
  /** Text of a file relative to the content root, or undefined when absent. */
  read(relativePath: string): string | undefined;
}

export interface ImageInfo {
  width: number;
  height: number;
}

/**
 * Looks up an image by its public path ("/images/x.svg"); undefined when missing or
 * unreadable. `version`, when there is one, changes whenever the file does, so a
 * check reads again only the images that changed since the store last did.
 */
export type ImageResolver = ((publicPath: string) => ImageInfo | undefined) & { version?: (publicPath: string) => string | undefined };

/**
 * The order of files everywhere "the first one" matters (which of two articles keeps
 * a duplicated id): by the bytes of their UTF-8 paths, as the store sorts them.
 */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The folders of the content root that hold stories: articles, and live blogs with their updates. */
const CONTENT_FOLDERS = ['articles', 'live'];

/** A file the content check reads: .mdx under articles/ or live/, no hidden folder or file. */
export function isContentFile(file: string): boolean {
  const segments = file.split('/');
  return CONTENT_FOLDERS.includes(segments[0] ?? '') && file.endsWith('.mdx') && !segments.some((segment) => segment.startsWith('.'));
}

export function directorySource(root: string, label = path.relative(process.cwd(), root) || '.'): ContentSource {
  return {
    label,
    listFiles() {
      const out: string[] = [];
      const walk = (dir: string) => {
        let entries: string[];
        try {
          entries = readdirSync(/*turbopackIgnore: true*/ dir);
        } catch {
          return;
        }
        for (const name of entries) {
          if (name.startsWith('.')) continue;
          const full = path.join(dir, name);
          if (statSync(/*turbopackIgnore: true*/ full).isDirectory()) walk(full);
          else if (name.endsWith('.mdx')) out.push(path.relative(root, full).split(path.sep).join('/'));
        }
      };
      for (const dir of CONTENT_FOLDERS) walk(path.join(/*turbopackIgnore: true*/ root, dir));
      return out.sort(byteOrder);
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
    listFiles: () => Object.keys(files).filter(isContentFile).sort(byteOrder),
    read: (relativePath) => files[relativePath],
  };
}

/** Reads image dimensions from public/; a path that escapes public/ counts as missing. */
export function publicImageResolver(publicDir: string): ImageResolver {
  const root = path.resolve(publicDir);
  const cache = new Map<string, ImageInfo | undefined>();
  const inside = (publicPath: string) => {
    const full = path.resolve(root, `.${publicPath}`);
    return full.startsWith(root + path.sep) ? full : undefined;
  };
  const version = (publicPath: string) => {
    const full = inside(publicPath);
    try {
      const stat = full ? statSync(/*turbopackIgnore: true*/ full) : undefined;
      return stat?.isFile() ? `${stat.mtimeMs}:${stat.size}` : undefined;
    } catch {
      return undefined;
    }
  };
  // Keyed by version too: a long-running `next dev` sees an image replaced under the same name.
  const resolve = (publicPath: string) => {
    const key = `${publicPath}\0${version(publicPath) ?? ''}`;
    if (cache.has(key)) return cache.get(key);
    const full = inside(publicPath);
    let info: ImageInfo | undefined;
    if (full) {
      try {
        const size = imageSize(readFileSync(/*turbopackIgnore: true*/ full));
        if (size.width && size.height) info = { width: size.width, height: size.height };
      } catch {
        info = undefined;
      }
    }
    cache.set(key, info);
    return info;
  };
  return Object.assign(resolve, { version });
}
