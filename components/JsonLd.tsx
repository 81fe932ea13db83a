import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/jsonld';

/** Structured data for search engines; the serializer makes the text safe inside `<script>`. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
