// Loads the declarative data in patterns/: every file is validated with zod at
// load, and a bad file stops the run with a message naming the file and the field.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
export const PATTERNS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'patterns');
/** A configuration error: the CLI prints it and exits 1 without writing outputs. */
export class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
const cache = new Map();
/** Reads patterns/<name>, validates it against `schema`, and caches it for the process. */
export function loadPattern(name, schema, dir = PATTERNS_DIR) {
    const file = path.join(dir, name);
    const hit = cache.get(file);
    if (hit !== undefined)
        return hit;
    let data;
    try {
        data = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new ConfigError(`patterns/${name}: cannot read as JSON: ${e.message}`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? issue.path.join('.') : '(top level)';
        throw new ConfigError(`patterns/${name}: field ${where}: ${issue.message}`);
    }
    cache.set(file, parsed.data);
    return parsed.data;
}
