/** The `<iframe>` snippet a page author pastes: responsive width, a sensible height, a `title` for screen readers. */

/** Escapes text for a double-quoted HTML attribute (the scenario name is user data). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(base: string, hash: string, lang: string, title: string): string {
  const src = `${base}?embed&autoplay&loop&readonly&lang=${encodeURIComponent(lang)}${hash}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="960" height="560" style="width:100%;max-width:960px;border:0" loading="lazy"></iframe>`
  );
}
