import { withDocument } from '@/components/document/DocumentPage';
import { DeskIndex } from '@/components/fronts/DeskIndex';
import { deskIndexProps } from '@/lib/pages/indexes';

/** Every desk. */
export const config = { unstable_runtimeJS: false };
export default withDocument(DeskIndex);
export const getStaticProps = deskIndexProps;
