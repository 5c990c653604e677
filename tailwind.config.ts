import type { Config } from 'tailwindcss';

/**
 * The design tokens. Colours name a function, not a look (GOV.UK): each resolves to a CSS custom
 * property that src/styles/global.css sets per colour scheme, so a scheme recolours every utility.
 * Sizes are in rem so the reader's font-size setting scales the whole layout.
 */
export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        /** Page background. */
        canvas: 'var(--color-canvas)',
        /** Body text and headings. */
        ink: 'var(--color-ink)',
        /** Secondary text: summaries, breadcrumbs, captions. */
        muted: 'var(--color-muted)',
        /** Background of cards, header and footer bands. */
        surface: 'var(--color-surface)',
        /** Links not yet visited. */
        link: 'var(--color-link)',
        /** Visited links. */
        visited: 'var(--color-visited)',
        /** Borders of cards, tables and controls (at least 3:1 against canvas). */
        line: 'var(--color-line)',
        /** The focus ring. */
        focus: 'var(--color-focus)',
        /** Text on the focus colour (skip link). */
        'on-focus': 'var(--color-on-focus)',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', 'Arial', 'sans-serif'],
      },
      spacing: {
        /** The page's side margin: 1rem, but never more than 5% of the screen, so 200% text on a
            phone keeps its width for words instead of margins. */
        gutter: 'min(1rem, 5vw)',
      },
      maxWidth: {
        /** A comfortable line length for reading, about 70 characters. */
        measure: '70ch',
        /** The page frame. */
        page: '72rem',
      },
    },
  },
} satisfies Config;
