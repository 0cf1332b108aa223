import { useState, type FormEvent } from 'react';
import type { ClinicPassphraseStatus } from '../../../../shared/api/encryption';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { NewPassphraseForm } from '../../ui/NewPassphraseForm';
import { PassphraseField } from '../../ui/PassphraseField';

const LOST =
  'If the clinic passphrase is lost, the backups encrypted with it cannot be opened by anyone, the clinic included.';

/**
 * The clinic passphrase that encrypts backups: set it, enter it after each start (main keeps its
 * key in memory only), or replace it.
 */
export function ClinicPassphrase() {
  const status = useCallQuery('encryption.status', {});
  const [message, setMessage] = useState('');
  const [replacing, setReplacing] = useState(false);

  function done(result: { sealedBackups: number }, what: string) {
    const sealed = result.sealedBackups;
    setMessage(
      `${what}${sealed > 0 ? ` ${sealed} waiting backup${sealed === 1 ? ' was' : 's were'} encrypted.` : ''}`,
    );
    setReplacing(false);
  }

  async function set(passphrase: string) {
    done(
      await call('encryption.setPassphrase', { passphrase }),
      'Backups are now encrypted with the clinic passphrase.',
    );
  }

  if (status.state === 'failed') return <p role="alert">{status.message}</p>;
  if (status.state === 'loading') return null;
  const { state, setAt } = status.value;
  const setForm = (
    <NewPassphraseForm
      label={state === 'not-set' ? 'Clinic passphrase' : 'New clinic passphrase'}
      hint="At least 10 characters; for whoever may restore backups, not each therapist’s own"
      submitLabel={state === 'not-set' ? 'Encrypt backups' : 'Use the new passphrase'}
      busyLabel="Encrypting…"
      onSubmit={set}
    />
  );

  return (
    <div className="clinic-passphrase" aria-label="Clinic passphrase" role="group">
      <Explanation state={state} setAt={setAt} />
      {state === 'not-entered' && <EnterPassphrase onEntered={(result) => done(result, 'Thank you.')} />}
      {state === 'not-set' ? (
        setForm
      ) : replacing ? (
        <>
          <p className="panel__lead">
            Backups made from now on use the new passphrase; those made before still need the one they were
            encrypted with. {LOST}
          </p>
          {setForm}
        </>
      ) : (
        <button className="button button--quiet" type="button" onClick={() => setReplacing(true)}>
          {state === 'entered' ? 'Change the clinic passphrase…' : 'Lost it? Set a new clinic passphrase…'}
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}

function Explanation({ state, setAt }: ClinicPassphraseStatus) {
  const since = setAt ? new Date(setAt).toLocaleDateString(undefined, { dateStyle: 'long' }) : '';
  if (state === 'not-set') {
    return (
      <p className="panel__lead">
        Backups are not encrypted. Set a clinic passphrase to encrypt them, those already made included.{' '}
        {LOST}
      </p>
    );
  }
  if (state === 'entered') {
    return <p className="panel__lead">Backups are encrypted with the clinic passphrase set on {since}.</p>;
  }
  return (
    <p role="alert">
      Nobody has entered the clinic passphrase since FasciaMap started, so backups are still made but not yet
      encrypted. Enter it to encrypt them, and every backup after, until FasciaMap closes.
    </p>
  );
}

function EnterPassphrase({ onEntered }: { onEntered: (result: { sealedBackups: number }) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      onEntered(await call('encryption.enterPassphrase', { passphrase }));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label="Enter the clinic passphrase" noValidate>
      <PassphraseField
        label="Clinic passphrase"
        autoComplete="off"
        value={passphrase}
        error={failure}
        onChange={setPassphrase}
      />
      <button className="button button--primary" type="submit" disabled={busy || passphrase === ''}>
        {busy ? 'Checking…' : 'Enter'}
      </button>
    </form>
  );
}
