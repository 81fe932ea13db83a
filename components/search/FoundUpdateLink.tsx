import type { FoundUpdate } from '@/lib/content';
import { UpdateTime } from '../live/UpdateTime';

/** The update of a live blog a search matched: its time and title, a link to it. */
export function FoundUpdateLink({ update }: { update: FoundUpdate }) {
  return (
    <p className="found-update">
      <a className="found-update__link" href={update.path}>
        Update at <UpdateTime iso={update.at} />
        {update.title ? <span className="found-update__title">: {update.title}</span> : null}
      </a>
    </p>
  );
}
