import { writeFileSync } from 'node:fs';
import { problemsMarkdown } from './problem-catalogue';

/** `npm run problems:doc`: rewrites docs/problems.md from the codes the domain and the API throw. */
writeFileSync('docs/problems.md', problemsMarkdown(process.cwd()));
console.log('docs/problems.md is up to date');
