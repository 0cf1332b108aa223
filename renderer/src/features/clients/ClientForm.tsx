import { useState, type FormEvent } from 'react';
import {
  ClientInput,
  KNOWN_CONDITIONS,
  clientRuleIssues,
  type Client,
} from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { Checkbox } from '../../ui/Checkbox';
import { EntryList } from '../../ui/EntryList';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { failureMessages, validate } from '../../ui/validate';
import { EMPTY_CLIENT, draftFromClient, inputFromDraft, type ClientDraft } from './clientDraft';
import { ClientHeader } from './ClientHeader';
import { ContraindicationFields } from './ContraindicationFields';
import { ToleranceFields } from './ToleranceFields';

/** New client (no id) or the client's intake to edit. */
export function ClientForm({ clientId }: { clientId?: string }) {
  if (!clientId) return <IntakeForm />;
  return <EditClient clientId={clientId} />;
}

function EditClient({ clientId }: { clientId: string }) {
  const client = useCallQuery('clients.get', { id: clientId });
  if (client.state === 'loading') return <p className="screen">Loading…</p>;
  if (client.state === 'failed')
    return (
      <p className="screen" role="alert">
        {client.message}
      </p>
    );
  return <IntakeForm client={client.value} />;
}

const isKnown = (condition: string) => (KNOWN_CONDITIONS as readonly string[]).includes(condition);

function IntakeForm({ client }: { client?: Client }) {
  const [draft, setDraft] = useState<ClientDraft>(client ? draftFromClient(client) : EMPTY_CLIENT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const heading = client ? 'Edit intake' : 'New client';
  const change = (part: Partial<ClientDraft>) => setDraft((current) => ({ ...current, ...part }));
  const text = (name: 'givenName' | 'familyName' | 'dateOfBirth' | 'phone' | 'email' | 'consentDate') => ({
    value: draft[name],
    error: errors[name],
    onChange: (value: string) => change({ [name]: value }),
  });
  const known = draft.conditions.filter(isKnown);
  const otherConditions = draft.conditions.filter((condition) => !isKnown(condition));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ClientInput, inputFromDraft(draft), (value) =>
      clientRuleIssues(value, calendarDateOf(new Date())),
    );
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setSaving(true);
    try {
      const input = inputFromDraft(draft);
      const saved = client
        ? await call('clients.update', { ...input, id: client.id })
        : await call('clients.create', input);
      navigate({ place: 'client', clientId: saved.id });
    } catch (error) {
      setErrors(failureMessages(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="screen">
      {client ? (
        // Editing shows the client's alerts as every screen about them does.
        <ClientHeader client={client} title={heading} />
      ) : (
        <header className="screen__header">
          <h1>{heading}</h1>
        </header>
      )}
      <form className="form form--wide" onSubmit={submit} noValidate aria-label={heading}>
        <fieldset>
          <legend>Client</legend>
          <div className="form__row">
            <TextField label="Given name" autoComplete="off" autoFocus {...text('givenName')} />
            <TextField label="Family name" autoComplete="off" {...text('familyName')} />
          </div>
          <div className="form__row">
            <TextField label="Date of birth" type="date" {...text('dateOfBirth')} />
            <TextField label="Consent to treatment given on" type="date" {...text('consentDate')} />
          </div>
          <div className="form__row">
            <TextField label="Phone" type="tel" autoComplete="off" {...text('phone')} />
            <TextField label="Email" type="email" autoComplete="off" {...text('email')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Conditions and medications</legend>
          <div className="checklist__inline">
            {KNOWN_CONDITIONS.map((condition) => (
              <Checkbox
                key={condition}
                label={condition}
                checked={known.includes(condition)}
                onChange={(on) =>
                  change({
                    conditions: [
                      ...KNOWN_CONDITIONS.filter((item) => (item === condition ? on : known.includes(item))),
                      ...otherConditions,
                    ],
                  })
                }
              />
            ))}
          </div>
          <EntryList
            noun="Other condition"
            items={otherConditions}
            path="conditions"
            offset={known.length}
            errors={errors}
            onChange={(items) => change({ conditions: [...known, ...items] })}
          />
          <EntryList
            noun="Medication"
            items={draft.medications}
            path="medications"
            errors={errors}
            onChange={(medications) => change({ medications })}
          />
          <TextArea
            label="Goals"
            hint="In the client’s words"
            value={draft.goals}
            error={errors.goals}
            onChange={(goals) => change({ goals })}
          />
        </fieldset>
        <ContraindicationFields draft={draft} errors={errors} onChange={change} />
        <ToleranceFields draft={draft} errors={errors} onChange={change} />
        <fieldset>
          <legend>In the client’s own words</legend>
          <TextArea
            label="Areas to avoid"
            value={draft.areasToAvoid}
            error={errors.areasToAvoid}
            onChange={(areasToAvoid) => change({ areasToAvoid })}
          />
          <TextArea
            label="Pressure preferences"
            value={draft.pressurePreferences}
            error={errors.pressurePreferences}
            onChange={(pressurePreferences) => change({ pressurePreferences })}
          />
        </fieldset>
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="form__alert">
            {errors[''] ?? 'Some fields need attention: see the messages beside them.'}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save client'}
          </button>
          <a
            className="button"
            href={hrefFor(client ? { place: 'client', clientId: client.id } : { place: 'clients' })}
          >
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
