// Loads the app: its JavaScript glue, then its WebAssembly. The build names the hashed files
// in this script's data attributes, in place of the inline loader trunk writes, which the
// site's Content Security Policy forbids. A failure to load or start (blocked, missing,
// corrupt, refused by an old engine) is logged for developers and reported to the start-up
// script, which tells the reader. No top-level await, so that browsers without it still
// report failures.
const { appJs, appWasm } = document.querySelector('script[data-app-wasm]').dataset;

function start() {
  import(appJs)
    .then((bindings) => bindings.default({ module_or_path: appWasm }).then((wasm) => {
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    }))
    .catch((error) => {
      console.error('The app could not start:', error);
      dispatchEvent(new Event('app-failed'));
    });
}

// The page is complete without the app: it is fetched once the page has painted, so that its
// download neither delays the first paint nor competes with what the reader sees first.
requestAnimationFrame(() => setTimeout(start, 0));
