/** Strings for parts of the app that load on demand (the first visit downloads only what it shows). */
export const loadingEn = {
  'app.loading': 'Loading…',
  'app.loadFailed': 'This part of the app could not be loaded. Check the connection and reload the page.',
};
