import type { GetStaticPaths, GetStaticProps } from 'next';
import { ListFrontDocument } from '@/components/ListFrontDocument';
import { laterListPages, listFrontResult, type ListFrontProps } from '@/lib/pages/lists';

export const config = { unstable_runtimeJS: false };

export default ListFrontDocument;

type Params = { section: string; n: string };

export const getStaticPaths: GetStaticPaths<Params> = async () => ({
  paths: laterListPages('section').map(({ key, n }) => ({ params: { section: key, n } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<ListFrontProps, Params> = async ({ params }) => listFrontResult('section', params?.section ?? '', params?.n ?? '');
