import type { spawnSync } from 'node:child_process';

export function findElectronBinary(): string | undefined;
export function downloadElectronBinary(spawn: typeof spawnSync): boolean;
export const NO_ELECTRON_MESSAGE: string;
