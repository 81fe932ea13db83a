import type { GetStaticPaths, GetStaticProps } from 'next';
import { ListFrontDocument } from '@/components/ListFrontDocument';
import { laterListPages, listFrontResult, type ListFrontProps } from '@/lib/pages/lists';

export const config = { unstable_runtimeJS: false };

export default ListFrontDocument;

type Params = { id: string; n: string };

export const getStaticPaths: GetStaticPaths<Params> = async () => ({
  paths: laterListPages('author').map(({ key, n }) => ({ params: { id: key, n } })),
  fallback: 'blocking',
});

export const getStaticProps: GetStaticProps<ListFrontProps, Params> = async ({ params }) => listFrontResult('author', params?.id ?? '', params?.n ?? '');
