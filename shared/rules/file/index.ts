import type { Rule } from '../rule';
import { fileBomRule } from './bom';
import { fileCrlfRule } from './crlf';
import { fileEncodingRule } from './encoding';
import { fileParseLimitRule } from './parse-limit';

/** Rules of the `file/` group, in the order they appear in docs/rules.md. */
export const fileRules: readonly Rule[] = [fileBomRule, fileCrlfRule, fileEncodingRule, fileParseLimitRule];
