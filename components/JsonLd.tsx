import { inlineJson } from '@/lib/inline-json';
import type { JsonLd as JsonLdData } from '@/lib/seo/jsonld';

/**
 * Structured data for search engines; the text is made safe inside `<script>` as
 * serializeJsonLd does (lib/seo/jsonld.ts), without that module's server-side imports.
 */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(data) }} />;
}
