import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FirstAnswer, FirstScreen } from '../../shared/api/first-answers';

/** Renders the screen once the page's first answers are in (first-answers.ts). */
export type RenderFirstScreen = (
  carried: Promise<{ answers: FirstAnswer[]; language: string }>,
) => Promise<FirstScreen | null>;

type Render = (answers: FirstAnswer[], language: string) => Promise<FirstScreen | null>;

/**
 * The renderer's own first-screen renderer as built for Node (vite.first-screen.config.ts),
 * loaded on the first page that needs it, while the core works out that page's answers: React's
 * server renderer is no part of starting the server. A build without it, or a render that
 * fails, gives the page without the screen, which then starts as every page did before (and
 * the console says why, once).
 */
export function firstScreenRenderer(file: string): RenderFirstScreen {
  let loaded: Promise<Render> | undefined;
  let warned = false;
  return async (carried) => {
    try {
      loaded ??= import(pathToFileURL(file).href).then(
        (module: { renderFirstScreen: Render }) => module.renderFirstScreen,
      );
      const [render, { answers, language }] = await Promise.all([loaded, carried]);
      return await render(answers, language);
    } catch (error) {
      if (!warned)
        console.warn(`The first screen is not rendered here: ${(error as Error).message}`);
      warned = true;
      return null;
    }
  };
}

const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The built page with the rendered screen inside its #root, and in that screen's language. */
export function pageWithFirstScreen(page: string, screen: FirstScreen): string {
  const language = escapeAttribute(screen.language);
  return page
    .replace(
      /<html lang="[^"]*" dir="[^"]*">/,
      () => `<html lang="${language}" dir="${screen.dir}">`,
    )
    .replace(
      '<div id="root"></div>',
      // A function, so a "$&" in a title is text, not a replacement pattern.
      // Inert until the app draws over it: a click or a key in the meantime would be lost.
      () => `<div id="root" data-first-screen="${language}"><div inert>${screen.html}</div></div>`,
    );
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[\w.-]+\.css)">/g;
const styles = new Map<string, Promise<string>>();

/**
 * The page's stylesheets written into it, with the hash of each for the CSP's style-src: the
 * drawn screen paints without waiting for a stylesheet to be fetched (on a busy machine the
 * fetch took Chromium longer than the whole of an empty page). The files are the build's, read
 * once; a sheet that could close its own element stays a link.
 */
export async function withInlineStyles(
  page: string,
  rendererDir: string,
): Promise<{ page: string; hashes: string[] }> {
  const hashes: string[] = [];
  const sheets = await Promise.all(
    [...page.matchAll(STYLESHEET)].map(async ([link, path]) => {
      const file = join(rendererDir, path ?? '');
      let text = styles.get(file);
      if (!text) styles.set(file, (text = readFile(file, 'utf8')));
      return { link, css: await text };
    }),
  );
  for (const { link, css } of sheets) {
    if (css.includes('</style')) continue;
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    page = page.replace(link, () => `<style>${css}</style>`);
  }
  return { page, hashes };
}
