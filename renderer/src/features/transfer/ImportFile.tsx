import { useState, type ChangeEvent, type FormEvent } from 'react';
import { SEALED_FILE_MAGIC, startsLikeSealedFile } from '../../../../shared/api/sealed';
import { call } from '../../api/client';
import { PassphraseField } from '../../ui/PassphraseField';
import { base64Of } from './download';

/**
 * Imports an export file. An encrypted one is recognised by its first bytes and imported only with
 * its passphrase; a wrong passphrase is refused by main before anything is written.
 */
export function ImportFile() {
  const [sealed, setSealed] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean }>();
  const [busy, setBusy] = useState(false);

  async function importing(produce: () => Promise<{ rows: Record<string, number> }>): Promise<boolean> {
    setBusy(true);
    try {
      const { rows } = await produce();
      const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
      setOutcome({ text: `Imported ${total} records`, failed: false });
      return true;
    } catch (error) {
      setOutcome({ text: `Nothing was imported: ${(error as Error).message}`, failed: true });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome(undefined);
    const start = new Uint8Array(await file.slice(0, SEALED_FILE_MAGIC.length).arrayBuffer());
    if (startsLikeSealedFile(start)) {
      setSealed(file);
      return;
    }
    setSealed(null);
    await importing(async () => call('transfer.importFile', { content: await file.text() }));
  }

  async function importSealed(event: FormEvent) {
    event.preventDefault();
    if (!sealed) return;
    const file = sealed;
    const done = await importing(async () =>
      call('transfer.importFile', { sealed: await base64Of(file), passphrase }),
    );
    setPassphrase('');
    if (done) setSealed(null);
  }

  return (
    <>
      <div className="panel__row">
        <label className="button">
          Import a file…
          <input
            className="visually-hidden"
            type="file"
            accept="application/json,.json,.sealed"
            onChange={choose}
          />
        </label>
      </div>
      {sealed && (
        <form
          className="inline-form"
          onSubmit={importSealed}
          aria-label="Import an encrypted file"
          noValidate
        >
          <PassphraseField
            label="Passphrase of the file"
            autoComplete="off"
            autoFocus
            hint={`${sealed.name} is encrypted`}
            value={passphrase}
            onChange={setPassphrase}
          />
          <button className="button button--primary" type="submit" disabled={busy || passphrase === ''}>
            {busy ? 'Importing…' : 'Import'}
          </button>
          <button className="button button--quiet" type="button" onClick={() => setSealed(null)}>
            Cancel
          </button>
        </form>
      )}
      {outcome && <p role={outcome.failed ? 'alert' : 'status'}>{outcome.text}</p>}
    </>
  );
}
