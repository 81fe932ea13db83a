import { withDocument } from '@/components/DocumentPage';
import { DeskIndex } from '@/components/DeskIndex';
import { deskIndexProps } from '@/lib/pages/indexes';

/** Every desk. */
export const config = { unstable_runtimeJS: false };
export default withDocument(DeskIndex);
export const getStaticProps = deskIndexProps;
