// The components content may use in MDX, for every page that renders an entry's body.
import Ref from './Ref.astro';
import Statement from './Statement.astro';

export const mdxComponents = { Ref, Statement };
