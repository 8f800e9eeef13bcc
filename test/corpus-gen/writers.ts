// Registers the writer of each document kind.

import { registerWriter } from './document.ts';
import { writeOverall } from './overall.ts';

registerWriter('overall', writeOverall);
