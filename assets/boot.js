// Start-up, inlined into the head of every page by the build (its hash is in the Content
// Security Policy), run before the page is shown, for what cannot wait for the app.
//
// A shared link's filters are applied when the app starts. Until then the pre-rendered page
// would show entries the link filters out, so the timeline waits, hidden, for the app; if the
// app never starts, it is shown anyway after a few seconds.
//
// If the app cannot start (a browser too old for it, a download blocked or corrupted on the
// way) or stops on an error, an alert says so above the pre-rendered timeline, which stays
// readable, and the controls that need the app give way to plain links, as without
// JavaScript. The loader (load-app.js) and the app's panic hook report failures with an
// `app-failed` event on `window`.
//
// Plain old JavaScript on purpose: this must run in the browsers that cannot run the app.
(function () {
  var root = document.documentElement;
  function showTimeline() {
    root.classList.remove('applying-link');
  }
  var applyingLink = location.search.length > 1;
  if (applyingLink) {
    root.classList.add('applying-link');
    setTimeout(showTimeline, 3000);
  }

  var failed = false;
  function showFailure() {
    if (failed) return;
    failed = true;
    showTimeline();
    var alert = document.createElement('div');
    alert.className = 'messages';
    alert.setAttribute('role', 'alert');
    var korean = root.lang === 'ko';
    var text = document.createElement('p');
    text.textContent = korean
      ? '이 페이지의 대화형 기능이 시작되지 않았거나 멈춰 필터, 검색, 공유를 쓸 수 없습니다. ' +
        '아래의 연대표 전체는 그대로 읽을 수 있고, 모든 항목에는 각각의 페이지가 있습니다.'
      : 'The interactive part of this page could not start or stopped working, so filtering, ' +
        'search and sharing are off. The whole timeline below can still be read, and every entry has its own page.';
    var reload = document.createElement('a');
    reload.href = location.href;
    reload.textContent = korean ? '페이지 새로 고침' : 'Reload the page';
    alert.appendChild(text);
    alert.appendChild(reload);
    var main = document.getElementById('main');
    var app = document.getElementById('app');
    if (main) main.insertBefore(alert, main.firstChild);
    else if (app) app.parentNode.insertBefore(alert, app);
    else document.body.insertBefore(alert, document.body.firstChild);
    var noScript = document.createElement('link');
    noScript.rel = 'stylesheet';
    noScript.href = 'no-js.css';
    document.head.appendChild(noScript);
  }
  function whenReady(action) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', action);
    else action();
  }

  // An entry page opens at its entry, focused, as soon as the page is parsed rather than when
  // the app starts, seconds later on a slow network. Not where the browser has placed the page
  // already (a #fragment, a position restored on reload), nor in a frame, where it would
  // scroll the article around the frame; and a link's filters leave it to the app, since the
  // timeline is hidden until they are applied and what they show above the entry is unknown.
  whenReady(function () {
    var entry = document.querySelector('article[aria-current]');
    if (!entry || applyingLink || location.hash || window.scrollY || window.top !== window) return;
    entry.scrollIntoView({ block: 'start', behavior: 'instant' });
    entry.focus({ preventScroll: true });
  });

  window.addEventListener('app-failed', function () { whenReady(showFailure); });
  var canRunTheApp = typeof WebAssembly === 'object' && 'noModule' in document.createElement('script');
  if (!canRunTheApp) whenReady(showFailure);
})();
