/** The file was written by a newer FasciaMap: opening it could corrupt what that version wrote. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This clinic database was written by a newer version of FasciaMap (schema ${fileVersion}; ` +
        `this version understands up to ${supportedVersion}). Install the newer FasciaMap to open it; ` +
        `the file has not been changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The file is an SQLite database but not one of ours: another program's id, or no id and another program's tables. */
export class ForeignDatabaseError extends Error {
  constructor(readonly applicationId: number) {
    const whose = applicationId === 0 ? 'it holds another program’s data' : `application id ${applicationId}`;
    super(`This file is not a FasciaMap clinic database (${whose}); it has not been changed.`);
    this.name = 'ForeignDatabaseError';
  }
}
