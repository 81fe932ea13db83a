import type { GetStaticProps } from 'next';
import { DeskIndex } from '@/components/DeskIndex';
import { DocumentPage } from '@/components/DocumentPage';
import { deskIndexResult, type DeskIndexProps } from '@/lib/pages/indexes';

export const config = { unstable_runtimeJS: false };

export default function DesksRoute({ chrome, desks }: DeskIndexProps) {
  return (
    <DocumentPage chrome={chrome}>
      <DeskIndex desks={desks} />
    </DocumentPage>
  );
}

export const getStaticProps: GetStaticProps<DeskIndexProps> = async () => deskIndexResult();
