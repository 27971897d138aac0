/** Path of sharp's ESM entry in a tree where sharp can only load its WebAssembly build. */
export function sharpWasmEntry(): string;
