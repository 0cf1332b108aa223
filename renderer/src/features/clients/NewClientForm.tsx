import { useState, type FormEvent } from 'react';
import { messagesByField } from '../../../../shared/api/issues';
import { fieldIssues } from '../../../../shared/api/issues';
import { ClientInput, clientRuleIssues } from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/common';
import { ApiCallError, call } from '../../api/client';
import { hrefFor, navigate } from '../../app/routes';
import { TextField } from '../../ui/TextField';

const EMPTY = { givenName: '', familyName: '', dateOfBirth: '', phone: '', email: '' };
type Draft = typeof EMPTY;

/** The same schema and rules main applies, run first here so the therapist sees every message at once. */
function checkDraft(draft: Draft): Record<string, string> {
  const parsed = ClientInput.safeParse(draft);
  if (!parsed.success) return messagesByField(fieldIssues(parsed.error));
  return messagesByField(clientRuleIssues(parsed.data, calendarDateOf(new Date())));
}

export function NewClientForm() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const field = (name: keyof Draft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const client = await call('clients.create', draft);
      navigate({ place: 'client', clientId: client.id });
    } catch (error) {
      if (error instanceof ApiCallError && error.details?.issues)
        setErrors(messagesByField(error.details.issues));
      else setFailure((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="screen" aria-labelledby="new-client-heading">
      <header className="screen__header">
        <h1 id="new-client-heading">New client</h1>
      </header>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="new-client-heading">
        <div className="form__row">
          <TextField label="Given name" autoComplete="off" autoFocus {...field('givenName')} />
          <TextField label="Family name" autoComplete="off" {...field('familyName')} />
        </div>
        <TextField label="Date of birth" type="date" {...field('dateOfBirth')} />
        <div className="form__row">
          <TextField label="Phone" type="tel" autoComplete="off" {...field('phone')} />
          <TextField label="Email" type="email" autoComplete="off" {...field('email')} />
        </div>
        {failure && <p role="alert">Could not save: {failure}</p>}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save client'}
          </button>
          <a className="button" href={hrefFor({ place: 'clients' })}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
