import { describe, expect, it } from 'vitest';
import { headingLevels, refTargets, statementIds } from '../../src/lib/content/body.ts';

describe('what an MDX body links and shows', () => {
  it('gives the targets of its links sorted, each once, however the tag is laid out', () => {
    expect(refTargets('See <Ref to="members/b">B</Ref>, <Ref\n  to=\'bodies/a\'>A</Ref> and <Ref to="members/b">B again</Ref>.')).toEqual(['bodies/a', 'members/b']);
  });

  it('gives its statements in order, each once, however the tag is laid out', () => {
    expect(statementIds('<Statement id="second" />\n\n<Statement\n  id="first" />\n\n<Statement id="second" />')).toEqual(['second', 'first']);
  });

  it('gives the levels of its headings, not a sign inside a line', () => {
    expect(headingLevels('## One\n\nItem # 5 of the list.\n\n### Two\n#NotAHeading\n')).toEqual(['##', '###']);
  });
});
