// A shared link's filters are applied when the app starts. Until then the pre-rendered page
// would show entries the link filters out, so the timeline waits, hidden, for the app; if the
// app never starts, it is shown anyway after a few seconds.
if (location.search.length > 1) {
  const root = document.documentElement;
  root.classList.add('applying-link');
  setTimeout(() => root.classList.remove('applying-link'), 3000);
}
