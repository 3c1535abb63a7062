import { join } from 'node:path';
import { runWithCodeCache } from './code-cache';

// dist/cli.js: starts the command line bundle (dist/cli-bundle.js) from its code cache
runWithCodeCache(join(__dirname, 'cli-bundle.js'));
