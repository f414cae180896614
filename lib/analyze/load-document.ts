// A saved page as a Document, parsed by happy-dom with scripts and network disabled: a
// saved page is untrusted input and must never run or fetch anything.
import { Window } from 'happy-dom';

export interface LoadedDocument {
  doc: Document;
  /** Frees the window; the Document is unusable afterwards. */
  close(): Promise<void>;
}

export function loadDocument(html: string, url: URL): LoadedDocument {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
