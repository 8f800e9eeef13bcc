// Writes the datasets of CONTRACT.md into the output folder.
import { DATASETS } from "./datasets.js";
import { datasetFiles } from "./write.js";
import { commitFiles } from "./commit.js";
export { writeDataset, toCsv, toJsonl } from "./write.js";
export { writeFileAtomic } from "./atomic.js";
export { commitFiles, recoverOutput } from "./commit.js";
export { lockOutput, OutputError } from "./lock.js";
export * from "./datasets.js";
/**
 * Writes the five datasets (csv and jsonl each) into `dir`, replacing the previous run's all
 * together; rows are written in the order given. Throws OutputError when they cannot be written.
 */
export async function writeOutputs(dir, rows) {
    const names = Object.keys(DATASETS);
    await commitFiles(dir, names.flatMap((name) => datasetFiles(name, DATASETS[name], rows[name])));
}
