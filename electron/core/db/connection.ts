import Database from 'better-sqlite3';

export type Connection = Database.Database;

/** How a connection opens; the native binding is not among them: it belongs to the process. */
export interface ConnectionOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

let nativeBinding: string | undefined;

/**
 * Which better-sqlite3 addon every connection loads from now on. node_modules holds the build for
 * Node's ABI (tests, browser host); Electron's process must load its own (see native-binding.ts),
 * for every connection alike: one that loaded the Node build would fail under Electron.
 */
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** The one place a SQLite connection is made, so none can miss the process's native binding. */
export function openDatabase(file: string, options: ConnectionOptions = {}): Connection {
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
