#!/usr/bin/env node
// The installed `gouji` command: the compiled command line (dist/, built by `npm ci` through
// `prepare`), run by plain node, so neither it nor its workers load a TypeScript loader.
await import('../dist/cli.js');
