import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies, validRange } from 'semver';

const root = join(__dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('the Node versions package.json states', () => {
  it('are supported by every locked dependency, so npm install prints no EBADENGINE', () => {
    const stated: string = read('package.json').engines.node;
    const lowest = stated.split('||').map((part) => minVersion(part.trim())!.version);
    const packages: Record<string, { engines?: { node?: string } }> = read('package-lock.json').packages;
    const refused = Object.entries(packages).flatMap(([name, entry]) => {
      const needs = entry.engines?.node;
      if (!name || !needs || !validRange(needs)) return [];
      return lowest
        .filter((version) => !satisfies(version, needs))
        .map((version) => `${name} needs ${needs}, not ${version}`);
    });
    expect(refused).toEqual([]);
  });
});
