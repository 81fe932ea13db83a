import type { AppProps } from 'next/app';
import Head from 'next/head';
import { serif, serifItalic } from '../app/fonts';
import '../app/globals.css';

// The root layout puts the font variables on <html> as classes; a page of pages/ cannot
// reach <html> from here, so the same variables are declared on :root.
const fontVariables = `:root{--font-serif:${serif.style.fontFamily};--font-serif-italic:${serifItalic.style.fontFamily}}`;

/** Wraps the article pages (pages/): the house style and the reading face. */
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
