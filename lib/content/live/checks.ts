/**
 * Cross-file checks of a live blog's updates. Each returns problems naming the
 * update file and field; the content check adds the line from the file's YAML.
 */

export interface UpdateRef {
  id: string;
  at: string;
  /** The update's file, as editors see it. */
  file: string;
}

export interface LiveProblem {
  file: string;
  field: string;
  message: string;
}

export interface CoverageWindow {
  /** publishedAt of the live blog. */
  start: string;
  /** closedAt, when coverage has ended. */
  end?: string;
}

/** Updates dated before coverage starts or after it closed. */
export function updatesOutsideWindow(updates: readonly UpdateRef[], window: CoverageWindow): LiveProblem[] {
  const start = Date.parse(window.start);
  const end = window.end === undefined ? undefined : Date.parse(window.end);
  return updates.flatMap((u): LiveProblem[] => {
    const at = Date.parse(u.at);
    if (at < start) return [{ file: u.file, field: 'at', message: `is before the coverage starts (publishedAt ${window.start})` }];
    if (end !== undefined && at > end) return [{ file: u.file, field: 'at', message: `is after the coverage closed (closedAt ${window.end})` }];
    return [];
  });
}

/** Every update after the first that claims an id: anchors and permalinks must lead to one update. */
export function duplicateUpdateIds(updates: readonly Pick<UpdateRef, 'id' | 'file'>[]): LiveProblem[] {
  const first = new Map<string, string>();
  return updates.flatMap((u): LiveProblem[] => {
    const owner = first.get(u.id);
    if (owner === undefined) {
      first.set(u.id, u.file);
      return [];
    }
    return [{ file: u.file, field: 'id', message: `"${u.id}" is already the id of ${owner}` }];
  });
}

/** `pinned` must name one of the live blog's updates. */
export function pinnedProblems(indexFile: string, pinned: string | undefined, ids: ReadonlySet<string>): LiveProblem[] {
  if (pinned === undefined || ids.has(pinned)) return [];
  return [{ file: indexFile, field: 'pinned', message: `no update of this live blog has the id "${pinned}"` }];
}
