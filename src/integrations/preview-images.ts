import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attr, elements } from '../lib/html.ts';
import { isLang } from '../lib/i18n/languages.ts';
import { strings } from '../lib/i18n/strings.ts';
import { previewSize, previewSvg, type PreviewColours } from '../lib/preview.ts';
import { withoutSoftHyphens } from '../lib/soft-hyphens.ts';
import { builtPages } from './shared/built-pages.ts';

/** The most a preview may weigh: messengers fetch it on a phone's connection too. */
export const previewBudget = 60 * 1024;

const require = createRequire(import.meta.url);
const fontDirectory = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(fontDirectory, file));

/** The default scheme's colours, from the design tokens (src/styles/tokens.css). */
async function tokenColours(): Promise<PreviewColours> {
  const css = await readFile(fileURLToPath(new URL('../styles/tokens.css', import.meta.url)), 'utf8');
  const theme = /@theme\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
  const colour = (name: string) => {
    const value = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{3,8})\\s*;`, 'i').exec(theme)?.[1];
    if (!value) throw new Error(`src/styles/tokens.css: no --color-${name} in @theme, which the link previews are drawn in`);
    return value;
  };
  return { canvas: colour('canvas'), ink: colour('ink'), muted: colour('muted'), link: colour('link') };
}

/**
 * What a page's head tells its link preview, as a browser reads it (references decoded, soft
 * hyphens out): where the preview is (`og:image`), the title (`og:title`), the page's address
 * (`og:url`), its section (`article:section`) and its language (`<html lang>`).
 */
export function previewHead(html: string): { image?: string; title?: string; url?: string; section?: string; lang: string } {
  const all = elements(html, { templates: false });
  const meta = (property: string) => {
    const tag = all.find((element) => element.tagName === 'meta' && attr(element, 'property') === property);
    const value = tag && attr(tag, 'content');
    return value === undefined ? undefined : withoutSoftHyphens(value);
  };
  const lang = attr(all.find((element) => element.tagName === 'html')!, 'lang') ?? '';
  return { image: meta('og:image'), title: meta('og:title'), url: meta('og:url'), section: meta('article:section'), lang };
}

/**
 * Renders one preview to PNG with the site's fonts and no others (resvg), then keeps it small: a
 * picture of a few colours and smooth text needs a palette of at most 64 colours, not full colour
 * (sharp's libimagequant), which makes it a third of the size.
 */
async function renderPreview(svg: string): Promise<Buffer> {
  const resvg = new Resvg(svg, { font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } });
  // The least effort at finding the palette: the file is within 1% of the most's, in half the time.
  return sharp(resvg.render().asPng()).png({ palette: true, colours: 64, compressionLevel: 9, effort: 1 }).toBuffer();
}

/** What a drawing depends on besides its SVG: the renderer and its settings (renderPreview). */
const drawingVersion = `resvg ${require('@resvg/resvg-js/package.json').version}, sharp ${sharp.versions.sharp}, 64 colours, effort 1, ${fonts.join(',')}`;

/**
 * A preview from the cache (Astro's `cacheDir`, kept between builds, of a sub-path or a test copy
 * too), drawn and kept there when its SVG is new: drawing all of them takes most of a build.
 */
async function cachedPreview(svg: string, cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, `${createHash('sha256').update(drawingVersion).update(svg).digest('hex')}.png`);
  const kept = await readFile(file).catch(() => undefined);
  if (kept) return kept;
  const png = await renderPreview(svg);
  // Written whole or not at all: another build (npm test runs two at once) may read it meanwhile.
  await mkdir(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}

/**
 * After the build, draws each page's link preview where its head says it is (`og:image`), with
 * its title (`og:title`) and section (`article:section`) in its language. Fails the build naming
 * the page when a preview is missing from the head or weighs more than its budget.
 */
export function previewImages(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'csto:preview-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = join(fileURLToPath(config.cacheDir), 'previews');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const colours = await tokenColours();
        const drawn = new Set<string>();
        const jobs: { path: string; file: string; svg: string }[] = [];
        for (const page of builtPages(site)) {
          const { image, title, url, section, lang } = previewHead(await readFile(join(site, page.file), 'utf8'));
          if (!image || !title || !url) throw new Error(`${page.file}: no og:image, og:title or og:url in its head, which the link preview needs`);
          if (!isLang(lang)) throw new Error(`${page.file}: <html lang="${lang}"> is not a language of the site`);
          const path = new URL(image).pathname.slice(base.length);
          if (drawn.has(path)) continue;
          drawn.add(path);
          const svg = previewSvg({ title, siteName: strings(lang).t('site.name'), kicker: section ?? strings(lang).t('site.fullName'), host: new URL(url).host, lang }, colours);
          jobs.push({ path, file: page.file, svg });
        }
        // Two at a time: sharp finds one's palette on its own threads while resvg draws the next.
        const draw = async () => {
          for (let job = jobs.shift(); job; job = jobs.shift()) {
            const png = await cachedPreview(job.svg, cacheDir);
            if (png.length > previewBudget) throw new Error(`${job.path} (the preview of ${job.file}) weighs ${png.length} bytes, more than ${previewBudget}`);
            await mkdir(dirname(join(site, job.path)), { recursive: true });
            await writeFile(join(site, job.path), png);
          }
        };
        await Promise.all([draw(), draw()]);
        logger.info(`Wrote ${drawn.size} link previews (${previewSize.width}×${previewSize.height} PNG; the ones drawn before from ${cacheDir})`);
      },
    },
  };
}
