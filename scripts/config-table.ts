import { readFileSync, writeFileSync } from 'node:fs';
import { withConfigTable } from '../libs/config/src/config-table';

/** `npm run config:table`: rewrites the README's configuration table from the schema (a unit test checks it). */
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withConfigTable(readme));
console.log('README.md configuration table is up to date');
