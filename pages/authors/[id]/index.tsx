import type { GetStaticPaths, GetStaticProps } from 'next';
import { ListFrontDocument } from '@/components/ListFrontDocument';
import { listFrontResult, listKeys, type ListFrontProps } from '@/lib/pages/lists';

export const config = { unstable_runtimeJS: false };

export default ListFrontDocument;

export const getStaticPaths: GetStaticPaths<{ id: string }> = async () => ({
  paths: listKeys('author').map((id) => ({ params: { id } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<ListFrontProps, { id: string }> = async ({ params }) => listFrontResult('author', params?.id ?? '');
