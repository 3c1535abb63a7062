import { join } from 'node:path';
import { runWithCodeCache } from './code-cache';

// dist/server.js: starts the language server bundle (dist/server-bundle.js) from its code cache
runWithCodeCache(join(__dirname, 'server-bundle.js'));
