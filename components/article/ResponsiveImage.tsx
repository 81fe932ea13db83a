import { getImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** Layout widths, for the browser's choice among the generated sources. */
  sizes: string;
  className?: string;
  /** The page's largest paint: preloaded and fetched first. Lazy otherwise. */
  preload?: boolean;
}

/**
 * An image with Next's responsive sources and intrinsic size, rendered as a
 * plain <img> on the server. `next/image` is a client component; this keeps
 * its output (srcset, sizes, width and height so nothing shifts) without
 * shipping its JavaScript to the reader.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, className, preload = false }: ResponsiveImageProps) {
  const { props } = getImageProps({ src, alt, width, height, sizes, className, loading: preload ? 'eager' : 'lazy', fetchPriority: preload ? 'high' : undefined });
  if (preload) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the props above carry alt; see the comment on the component
  return <img {...props} />;
}
