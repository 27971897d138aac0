#!/usr/bin/env node
// The entry stays this small so that the compile cache is on before any other module of the CLI loads.
import { enableCompileCache } from './compile-cache';

enableCompileCache(process.env);
await import('./run-process');
