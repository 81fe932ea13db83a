import type { GetStaticPaths, GetStaticProps } from 'next';
import { ListFrontDocument } from '@/components/ListFrontDocument';
import { listFrontResult, listKeys, type ListFrontProps } from '@/lib/pages/lists';

export const config = { unstable_runtimeJS: false };

export default ListFrontDocument;

export const getStaticPaths: GetStaticPaths<{ section: string }> = async () => ({
  paths: listKeys('section').map((section) => ({ params: { section } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<ListFrontProps, { section: string }> = async ({ params }) => listFrontResult('section', params?.section ?? '');
