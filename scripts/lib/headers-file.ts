import type { HeaderRule } from '../../src/integrations/shared/headers.ts';

/** Reads a `_headers` file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** The headers for a request path, as Netlify and Cloudflare Pages apply the rules: every matching rule adds its own. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The Content-Security-Policy the rules send with every page. */
export function policyOf(rules: readonly HeaderRule[]): string | undefined {
  return rules.find((rule) => rule.headers['Content-Security-Policy'])?.headers['Content-Security-Policy'];
}
