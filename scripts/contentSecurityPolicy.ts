/**
 * Adds a Content-Security-Policy meta tag to the built index.html (not in `vite dev`, whose inline
 * preamble and injected styles it would block). Scripts and styles come only from the page's own
 * origin, or — in the single-file build, where everything is inline — only the exact inline blocks
 * the build wrote, allowed by their SHA-256 hashes. Nothing else may run, connect, or be framed in.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline `<tag>` blocks (those without a src attribute). */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const blocks = html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'));
  return [...blocks].filter((m) => !/\bsrc=/.test(m[1]!) && m[2]!.length > 0).map((m) => sha256(m[2]!));
}

export function policyFor(html: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${inlineHashes(html, 'script').join(' ')}`.trim(),
    `style-src 'self' ${inlineHashes(html, 'style').join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'kafkascope-content-security-policy',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined the scripts and styles (it also works in generateBundle).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
          // Before any script or style, right after the charset declaration.
          file.source = html.replace(/<meta charset="UTF-8" \/>|<head>/, (tag) => `${tag}\n    ${meta}`);
        }
      },
    },
  };
}
