import type { AppProps } from 'next/app';
import Head from 'next/head';
import { serif, serifItalic } from '../app/fonts';
import '../app/globals.css';

// A page of pages/ cannot reach <html> from here to put the font variables on it as classes,
// so they are declared on :root.
const fontVariables = `:root{--font-serif:${serif.style.fontFamily};--font-serif-italic:${serifItalic.style.fontFamily}}`;

/** Wraps every reader page: the house style and the reading face. */
export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <style key="font-variables" dangerouslySetInnerHTML={{ __html: fontVariables }} />
      </Head>
      <Component {...pageProps} />
    </>
  );
}
