import type { GetStaticPaths, GetStaticProps } from 'next';
import { ListFrontDocument } from '@/components/ListFrontDocument';
import { listFrontResult, listKeys, type ListFrontProps } from '@/lib/pages/lists';

export const config = { unstable_runtimeJS: false };

export default ListFrontDocument;

export const getStaticPaths: GetStaticPaths<{ tag: string }> = async () => ({
  paths: listKeys('tag').map((tag) => ({ params: { tag } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<ListFrontProps, { tag: string }> = async ({ params }) => listFrontResult('tag', params?.tag ?? '');
