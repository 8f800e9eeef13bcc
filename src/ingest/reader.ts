// The reader boundary, in the shape of a textlint processor: a reader claims the extensions
// it owns and the first bytes that say a file is its content, and turns bytes into blocks.
// The registry (readers.ts) lists them; dispatch (index.ts) knows no format by name.
import type { ReadResult } from '../model.ts';
import type { OcrSettings } from './ocr/settings.ts';

/** The first bytes of a file, as latin1 text, for magic checks (4 KB at most). */
export interface Head {
  text: string;
  bytes: Uint8Array;
}

export interface TimeLimit {
  /** When reading must stop, ms since the epoch. */
  deadline: number;
  /** The limit as the user set it (--timeout), for the message. */
  limitMs: number;
  /** Asks whoever enforces the limit from outside (the worker's parent) for this much more time. */
  extend?: (ms: number) => void;
}

/** What a reader is told beside the bytes. */
export interface ReadContext {
  /** The extension the file was listed under, with its dot ('.doc'). */
  extension: string;
  time?: TimeLimit;
  /** Whether and how pages without a text layer are recognised. */
  ocr: OcrSettings;
}

export interface Reader {
  /** What the content is, as a user calls it (PDF, RTF, 网页（HTML）…). */
  label: string;
  /**
   * The format written in rows for a file this reader read; `declared` keeps the format the
   * extension declares (a web page saved as .doc is a .doc submission).
   */
  format: string | 'declared';
  /** Extensions this reader owns: a file under one of them is what it says. */
  extensions: readonly string[];
  /** Whether the first bytes are this content. A reader without magic takes what no other claims. */
  magic?: (head: Head) => boolean;
  /**
   * Which declared extensions this content is a submission under besides its own: `any`, or a
   * list (Word opens RTF and web pages saved as .doc), with a check of the bytes when needed.
   */
  acceptedUnder?: 'any' | readonly string[];
  accepts?: (data: Uint8Array) => boolean;
  /** Said when a file under one of this reader's extensions holds content no reader takes. */
  notValid?: string;
  /** Said (before `，内容实际是…`) when a file under this reader's extensions holds content refused under it. */
  notValidKind?: string;
  read(data: Uint8Array, context: ReadContext): Promise<ReadResult> | ReadResult;
}
