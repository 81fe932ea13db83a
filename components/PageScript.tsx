/**
 * The one script of article pages, written into the page itself: they load no
 * framework JavaScript (see pages/[section]/…/[slug].tsx). It marks the page as
 * scripted before it is drawn, so controls that need a script (the "Copy link"
 * button) are shown from the first paint, with nothing moving later; and it
 * answers those controls' clicks. Without JavaScript the controls stay hidden
 * and the page lacks nothing else.
 */
export const pageScript = `document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
  var button = event.target instanceof Element ? event.target.closest('[data-copy-link]') : null;
  if (!button) return;
  var status = button.nextElementSibling;
  var say = function (message) { if (status) status.textContent = message; };
  var failed = function () { say('Could not copy: select the address and copy it'); };
  try {
    navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(function () { say('Link copied'); }, failed);
  } catch (error) {
    failed();
  }
});`;

/** For the document's <Head>, which takes elements, not components. */
export const pageScriptElement = () => <script key="page-script" id="page-script" dangerouslySetInnerHTML={{ __html: pageScript }} />;
