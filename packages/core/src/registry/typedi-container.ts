import { createRequire } from 'node:module';
import type * as Typedi from 'typedi';

// typedi and reflect-metadata are CommonJS. Imported, Node's ESM loader first scans their sources
// for export names (reflect-metadata's 64 KB among them), which took as long as loading the rest
// of the core; required, they load as CommonJS does, into the same module cache.
const require = createRequire(import.meta.url);
// typedi reads constructors' parameter types from decorator metadata, which needs this loaded first.
require('reflect-metadata');

/** typedi's container, its `@Service()` decorator and its `Token` class. */
export const { Container, Service, Token } = require('typedi') as typeof Typedi;
