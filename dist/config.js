// The user's --config file: overrides of rule settings (on/off, severity,
// formula variants). Validated with zod when the run starts; a bad file is a
// configuration error (exit 1, no outputs). Child processes of the pool find
// the file through GOUJI_CONFIG, so every process runs with the same settings.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from "./patterns.js";
export const RuleOverrideSchema = z
    .object({
    enabled: z.boolean().optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
})
    .strict();
export const ConfigSchema = z
    .object({
    rules: z.record(z.string(), RuleOverrideSchema).default({}),
})
    .strict();
const ENV = 'GOUJI_CONFIG';
export function loadConfig(file) {
    let data;
    try {
        data = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new ConfigError(`配置文件 ${file} 无法读取为 JSON：${e.message}`);
    }
    const parsed = ConfigSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ConfigError(`配置文件 ${file} 的字段 ${issue.path.join('.') || '(顶层)'} 有误：${issue.message}`);
    }
    return parsed.data;
}
let active;
/** Makes `file` the configuration of this process and of the child processes it starts. */
export function useConfig(file) {
    active = file ? loadConfig(file) : ConfigSchema.parse({});
    if (file)
        process.env[ENV] = file;
    return active;
}
/** The configuration in force: the one set by useConfig, or the one named by GOUJI_CONFIG, or none. */
export function activeConfig() {
    active ??= process.env[ENV] ? loadConfig(process.env[ENV]) : ConfigSchema.parse({});
    return active;
}
