import { useState, type ChangeEvent } from 'react';
import { call } from '../../api/client';
import { download } from './download';

/** Export the whole clinic (JSON) or sessions and outcomes (CSV), and import an export file. */
export function TransferPanel() {
  const [message, setMessage] = useState('');

  async function run(label: string, produce: () => Promise<Parameters<typeof download>[0]>) {
    try {
      download(await produce());
      setMessage(`${label} ready`);
    } catch (error) {
      setMessage(`${label} failed: ${(error as Error).message}`);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const { rows } = await call('transfer.importFile', { content: await file.text() });
      const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
      setMessage(`Imported ${total} records`);
    } catch (error) {
      setMessage(`Nothing was imported: ${(error as Error).message}`);
    }
  }

  return (
    <section className="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p className="panel__lead">
        Exports hold health records in plain text: keep them on encrypted storage and delete them when done.
        An import is checked in full before anything is written.
      </p>
      <div className="panel__row">
        <button
          className="button"
          type="button"
          onClick={() => run('Clinic export', () => call('transfer.exportClinic', {}))}
        >
          Export the clinic (JSON)
        </button>
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
        <label className="button">
          Import a file…
          <input
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={importFile}
          />
        </label>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
