import { useState } from 'react';
import { call } from '../../api/client';
import { NewPassphraseForm } from '../../ui/NewPassphraseForm';
import { download } from './download';
import { ImportFile } from './ImportFile';

/**
 * Export the whole clinic (JSON, encrypted unless the therapist insists after a warning) or sessions
 * and outcomes (CSV), and import an export file.
 */
export function TransferPanel() {
  const [message, setMessage] = useState('');
  const [warningPlain, setWarningPlain] = useState(false);

  async function run(label: string, produce: () => Promise<Parameters<typeof download>[0]>) {
    try {
      download(await produce());
      setMessage(`${label} ready`);
    } catch (error) {
      setMessage(`${label} failed: ${(error as Error).message}`);
    }
  }

  async function exportEncrypted(passphrase: string) {
    download(await call('transfer.exportClinic', { encryption: { passphrase } }));
    setMessage('Encrypted clinic export ready');
  }

  return (
    <section className="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p className="panel__lead">
        The clinic export is encrypted with a passphrase chosen here: the clinic passphrase, or one agreed
        with whoever receives the file. Without it nobody can open the file, FasciaMap included. An import is
        checked in full before anything is written.
      </p>
      <NewPassphraseForm
        label="Passphrase for the export"
        hint="At least 10 characters; give it to the receiver another way than the file"
        submitLabel="Export the clinic, encrypted"
        busyLabel="Encrypting…"
        onSubmit={exportEncrypted}
      />
      <div className="panel__row">
        {warningPlain ? (
          <span className="confirm" role="group" aria-label="Export without encryption">
            <span role="alert">
              An unencrypted export holds every client’s health records in plain text, readable by anyone who
              gets a copy.
            </span>
            <button
              className="button button--danger"
              type="button"
              onClick={() => {
                setWarningPlain(false);
                void run('Unencrypted clinic export', () => call('transfer.exportClinic', { plain: true }));
              }}
            >
              Export unencrypted
            </button>
            <button className="button button--quiet" type="button" onClick={() => setWarningPlain(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button className="button button--quiet" type="button" onClick={() => setWarningPlain(true)}>
            Export without encryption…
          </button>
        )}
      </div>
      <p className="panel__lead">
        Sessions and outcomes as CSV are plain text, for spreadsheets: keep them on encrypted storage and
        delete them when done.
      </p>
      <div className="panel__row">
        <button
          className="button"
          type="button"
          onClick={() => run('Sessions CSV', () => call('transfer.exportCsv', { table: 'sessions' }))}
        >
          Sessions (CSV)
        </button>
        <button
          className="button"
          type="button"
          onClick={() => run('Outcomes CSV', () => call('transfer.exportCsv', { table: 'outcomes' }))}
        >
          Outcomes (CSV)
        </button>
      </div>
      <p role="status">{message}</p>
      <ImportFile />
    </section>
  );
}
