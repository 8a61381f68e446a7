// Loads the app: its JavaScript glue and its WebAssembly. The build inlines this module into
// every page, allowed by its hash, in place of trunk's loader (whose text changes with every
// build), and names the hashed files in the script element's data attributes. Inline, it costs
// no request before the first paint. A failure to load or start (blocked, missing,
// corrupt, refused by an old engine) is logged for developers and reported to the start-up
// script, which tells the reader. No top-level await, so that browsers without it still
// report failures.
const { appJs, appWasm } = build(document.querySelector('script[data-app-wasm]').dataset);

// A host with one not-found page for the whole site (GitHub Pages) sends the English one for a
// missing Korean address too. That page names the Korean build as well, which renders the
// Korean not-found page in its place.
function build(files) {
  const korean = new URL('ko/', document.baseURI).pathname;
  return files.koAppWasm && location.pathname.startsWith(korean)
    ? { appJs: files.koAppJs, appWasm: files.koAppWasm }
    : files;
}

function start() {
  // The WebAssembly is asked for beside the glue, not by the glue once it has run: on a phone's
  // network that is a round trip less before the app starts. The glue compiles the response as
  // it streams in. A failed request is reported once, by the glue, not also as unhandled here.
  const wasmResponse = fetch(appWasm);
  wasmResponse.catch(() => {});
  import(appJs)
    .then((bindings) => bindings.default({ module_or_path: wasmResponse }).then((wasm) => {
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    }))
    .catch((error) => {
      console.error('The app could not start:', error);
      dispatchEvent(new Event('app-failed'));
    });
}

let started = false;
function startOnce() {
  if (started) return;
  started = true;
  start();
}

// The page is complete without the app: it is fetched once the page has painted its first
// content, so that its download neither delays the first paint nor competes with what the
// reader sees first. The first animation frame comes before that paint, not after it; it is
// only the fallback, for engines without paint timing and for a page with nothing to paint.
// No newer syntax than the rest of this file: a module that does not parse reports nothing.
function startAfterFirstContentfulPaint() {
  try {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      startOnce();
    }).observe({ type: 'paint', buffered: true });
    return true;
  } catch (error) {
    return false; // an engine whose observe() takes no `type`
  }
}
const paintTiming = typeof PerformanceObserver === 'function'
  && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') !== -1
  && startAfterFirstContentfulPaint();
requestAnimationFrame(() => setTimeout(startOnce, paintTiming ? 1000 : 0));
