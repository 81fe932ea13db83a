import { inlineJson } from '@/lib/http/inline-json';
import type { JsonLd as JsonLdData } from '@/lib/seo/jsonld';

/** Structured data for search engines; `inlineJson` makes the text safe inside `<script>`. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(data) }} />;
}
