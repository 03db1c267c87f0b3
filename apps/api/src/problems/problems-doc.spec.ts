import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemCatalogue, problemsMarkdown } from '../../../../scripts/problem-catalogue';

const root = join(__dirname, '../../../..');

describe('docs/problems.md', () => {
  it('explains every code the domain and the API answer with (run `npm run problems:doc` after adding one)', () => {
    expect(readFileSync(join(root, 'docs/problems.md'), 'utf8')).toBe(problemsMarkdown(root));
  });

  it('finds the codes thrown in the domain, at the edge and by the framework', () => {
    const codes = problemCatalogue(root).map((entry) => entry.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'REFERRAL_INCOMPLETE',
        'VALIDATION_FAILED',
        'UNSUPPORTED_MEDIA_TYPE',
        'REFERRAL_NOT_FOUND',
        'UNAUTHENTICATED',
      ]),
    );
  });
});
