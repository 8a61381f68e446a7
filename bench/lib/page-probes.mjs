// What the scale runs observe inside a page, from outside the app: installed with
// Playwright's addInitScript, so it runs before any of the page's own scripts, in the app and
// in the vanilla baseline alike. It needs nothing from either but what a reader sees: an entry
// is an <article> whose id is its slug, a hidden or removed one is not shown, and the kind
// filters are checkboxes inside labels that start with the kind's name. All times are
// performance.now(), that is milliseconds from the start of navigation.
//
// The function is serialised into the page: it must not use anything from this module.

/**
 * @param {{ slugs: string[], kinds: string[], firstKind: { id: string, label: string } }} settings
 *   every entry's slug and kind id, in timeline order, and the first kind filter.
 */
export function installProbes({ slugs, kinds, firstKind }) {
  const bench = {
    firstEntry: null,
    interactive: null,
    /** How many entries the page showed, unfiltered, when it became interactive. */
    shownAtStart: null,
    /** Set by the driver before each real click: { kind } the click should filter to (null: every entry). */
    expect: null,
    latencies: [],
    error: null,
  };
  window.__bench = bench;

  const isEntry = new Set(slugs);
  const shownEntries = () => [...document.querySelectorAll('article:not([hidden])')].filter((article) => isEntry.has(article.id));
  /**
   * Whether the page shows the result of filtering to `kind` (null: no filter): the entries
   * shown are, in order, the first of those that match. Only the first: a page may show a
   * long result a part at a time.
   */
  const showsResult = (kind) => {
    const shown = shownEntries();
    let next = 0;
    for (const article of shown) {
      while (next < slugs.length && kind !== null && kinds[next] !== kind) next++;
      if (slugs[next] !== article.id) return false;
      next++;
    }
    return shown.length > 0;
  };
  // A task queued from a frame's animation callback runs once that frame has been painted:
  // the usual way to time "the next paint" from script.
  const afterPaint = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  const firstKindCheckbox = () => [...document.querySelectorAll('label input[type=checkbox]')]
    .find((box) => box.closest('label').textContent.trim().startsWith(firstKind.label));

  // First entry visible: the first frame with an entry in the document.
  const watchFirstEntry = () => {
    if (document.querySelector('article')) afterPaint((time) => { bench.firstEntry = time; });
    else requestAnimationFrame(watchFirstEntry);
  };
  requestAnimationFrame(watchFirstEntry);

  // Interactive: the first click on the first kind filter that the page answers by showing
  // that kind's entries. Every frame a click is tried; one that nothing handled only toggled
  // the box, so the box is quietly unchecked again before the next try. Trying starts once
  // the document is parsed: neither page runs its script before that (the app's is a module,
  // the baseline's ends the body), and checking the entries on every frame of a long parse
  // would slow both down.
  let attempt = null;
  const tryFilter = () => {
    if (attempt) {
      if (showsResult(firstKind.id)) {
        bench.interactive = attempt.time;
        bench.shownAtStart = attempt.shown;
        return;
      }
      attempt.box.checked = false;
      attempt = null;
    }
    const box = firstKindCheckbox();
    if (box && !box.checked) {
      attempt = { box, time: performance.now(), shown: shownEntries().length };
      box.click();
    }
    requestAnimationFrame(tryFilter);
  };
  const startTrying = () => requestAnimationFrame(tryFilter);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startTrying, { once: true });
  else startTrying();

  // Filter latency: from a real (trusted) click to the first painted frame that shows its
  // result. The result is checked after the paint time is taken, so checking is not part of
  // the figure; a frame painted before the result (a page that renders later) is skipped and
  // the next one tried.
  addEventListener('click', (event) => {
    if (!event.isTrusted || bench.expect === null) return;
    const [start, { kind }] = [event.timeStamp, bench.expect];
    bench.expect = null;
    const nextFrame = () => requestAnimationFrame(() => afterPaint((painted) => {
      if (showsResult(kind)) bench.latencies.push(painted - start);
      else if (painted - start > 60_000) bench.error = `a minute after a click, the page does not show the entries ${kind ? `of kind ${kind}` : 'unfiltered'}`;
      else nextFrame();
    }));
    nextFrame();
  }, { capture: true });
}
