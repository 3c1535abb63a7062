import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The YAML library, loaded when a YAML file is first read: most runs read none (the embedded data
 * is compiled to JSON at build time), and loading it took some 10 ms of every start.
 */
export function yaml(): typeof Yaml {
  // a require, not an import: the bundle runs a module's code where it is first required
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('yaml') as typeof Yaml);
}
