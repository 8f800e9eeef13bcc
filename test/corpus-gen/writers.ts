// Registers the writer of each document kind.

import { registerWriter } from './document.ts';
import { writeFinal } from './final.ts';
import { writeOverall } from './overall.ts';
import { writeProject } from './project.ts';

registerWriter('overall', writeOverall);
registerWriter('final_accounts', writeFinal);
registerWriter('project', writeProject);
