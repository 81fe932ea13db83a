import { UpdateTime } from './UpdateTime';

interface LiveTimesProps {
  startedAt: string;
  /** The newest update's time, or the start of coverage before the first. */
  updatedAt: string;
}

/** When coverage started and when it was last updated, machine-readable, under the byline. */
export function LiveTimes({ startedAt, updatedAt }: LiveTimesProps) {
  return (
    <p className="byline__times">
      Started <UpdateTime iso={startedAt} />
      <span aria-hidden="true"> · </span>
      Last updated <UpdateTime iso={updatedAt} />
    </p>
  );
}
