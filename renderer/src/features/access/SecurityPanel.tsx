import { useState } from 'react';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { Select } from '../../ui/Select';
import { auditVerdictText } from './auditVerdict';

const IDLE_CHOICES = [2, 5, 10, 15, 30, 60];

/** The idle lock, locking now, and a check of the audit log (its hash chain and its recorded head). */
export function SecurityPanel() {
  const status = useCallQuery('access.status', {});
  const [verdict, setVerdict] = useState('');

  async function setIdle(minutes: string) {
    await call('access.setIdleLock', { seconds: Number(minutes) * 60 });
  }

  async function verify() {
    setVerdict(auditVerdictText(await call('audit.verify', {})));
  }

  const minutes = status.state === 'ready' ? String(Math.round(status.value.idleLockSeconds / 60)) : '10';
  return (
    <section className="panel" aria-labelledby="security-heading">
      <h2 id="security-heading">Lock and audit</h2>
      <p className="panel__lead">
        {status.state === 'ready' && status.value.current
          ? `Signed in as ${status.value.current.displayName}. `
          : ''}
        FasciaMap locks itself when nobody uses it for a while, and records who viewed or changed which
        record.
      </p>
      <div className="panel__row">
        <Select
          label="Lock after this many idle minutes"
          value={IDLE_CHOICES.includes(Number(minutes)) ? minutes : '10'}
          options={IDLE_CHOICES.map((choice) => ({ value: String(choice), label: `${choice} minutes` }))}
          onChange={setIdle}
        />
        <button
          className="button"
          type="button"
          onClick={() => void call('access.lock', {}).then(() => window.location.reload())}
        >
          Lock now
        </button>
        <button className="button" type="button" onClick={verify}>
          Check the audit log
        </button>
      </div>
      <p role="status">{verdict}</p>
    </section>
  );
}
