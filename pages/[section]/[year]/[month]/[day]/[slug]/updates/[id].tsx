import { livePagePaths, updatePermalinkProps } from '@/lib/pages/live';

/**
 * An update's permalink: a temporary redirect to the page of its live blog that holds it
 * now, at its anchor; the site's 404 for an update there is not. It never renders a page.
 */
export const config = { unstable_runtimeJS: false };
export default function UpdatePermalinkRoute() {
  return null;
}
export const getStaticPaths = livePagePaths;
export const getStaticProps = updatePermalinkProps;
