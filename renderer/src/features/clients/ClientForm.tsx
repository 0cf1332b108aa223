import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SEXES } from '../../../../shared/domain/body-size';
import { KNOWN_CONDITIONS, type Client, type ClientInput } from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { showFailure } from '../../ui/form/failure';
import { FieldRows } from '../../ui/form/FieldRows';
import { FormField } from '../../ui/form/FormField';
import { intakeField, intakeSchema, intakeValues, type IntakeValues } from './intakeForm';
import { AreasToAvoidFields } from './AreasToAvoidFields';
import { ClientHeader } from './ClientHeader';
import { ContraindicationFields } from './ContraindicationFields';
import { ToleranceFields } from './ToleranceFields';

const SEX_OPTIONS = [
  { value: '', label: 'Not recorded' },
  ...SEXES.map((sex) => ({ value: sex.id, label: sex.label })),
];

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

function IntakeForm({ client }: { client?: Client }) {
  const schema = useMemo(() => intakeSchema(calendarDateOf(new Date())), []);
  const { control, handleSubmit, setError, getValues, formState } = useForm<
    IntakeValues,
    unknown,
    z.output<typeof ClientInput>
  >({ defaultValues: intakeValues(client), resolver: zodResolver(schema) });
  const heading = client ? 'Edit intake' : 'New client';
  const { errors } = formState;

  const submit = handleSubmit(async (input) => {
    try {
      const saved = client
        ? await call('clients.update', { ...input, id: client.id })
        : await call('clients.create', input);
      navigate({ place: 'client', clientId: saved.id });
    } catch (error) {
      showFailure(setError, error, (path) => intakeField(path, getValues()));
    }
  });

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
            <FormField
              as={TextField}
              control={control}
              name="givenName"
              label="Given name"
              autoComplete="off"
              autoFocus
            />
            <FormField
              as={TextField}
              control={control}
              name="familyName"
              label="Family name"
              autoComplete="off"
            />
          </div>
          <div className="form__row">
            <FormField
              as={TextField}
              control={control}
              name="dateOfBirth"
              label="Date of birth"
              type="date"
            />
            <FormField
              as={TextField}
              control={control}
              name="consentDate"
              label="Consent to treatment given on"
              type="date"
            />
          </div>
          <div className="form__row">
            <FormField
              as={TextField}
              control={control}
              name="heightCm"
              label="Height (cm)"
              inputMode="decimal"
              hint="With the weight, gives the client's own skin area for the pain extent"
            />
            <FormField
              as={TextField}
              control={control}
              name="weightKg"
              label="Weight (kg)"
              inputMode="decimal"
            />
            <FormField
              as={Select}
              control={control}
              name="sex"
              label="Sex"
              options={SEX_OPTIONS}
              hint="For the body's proportions"
            />
          </div>
          <div className="form__row">
            <FormField
              as={TextField}
              control={control}
              name="phone"
              label="Phone"
              type="tel"
              autoComplete="off"
            />
            <FormField
              as={TextField}
              control={control}
              name="email"
              label="Email"
              type="email"
              autoComplete="off"
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Conditions and medications</legend>
          <Controller
            control={control}
            name="knownConditions"
            render={({ field }) => (
              <div className="checklist__inline">
                {KNOWN_CONDITIONS.map((condition) => (
                  <Checkbox
                    key={condition}
                    label={condition}
                    checked={field.value.includes(condition)}
                    onChange={(on) =>
                      field.onChange(
                        KNOWN_CONDITIONS.filter((item) =>
                          item === condition ? on : field.value.includes(item),
                        ),
                      )
                    }
                  />
                ))}
              </div>
            )}
          />
          <div className="entry-list">
            <FieldRows control={control} name="otherConditions" noun="Other condition" blank={{ name: '' }}>
              {(index) => (
                <FormField
                  as={TextField}
                  control={control}
                  name={`otherConditions.${index}.name`}
                  label={`Other condition ${index + 1}`}
                />
              )}
            </FieldRows>
          </div>
          <div className="entry-list">
            <FieldRows control={control} name="medications" noun="Medication" blank={{ name: '' }}>
              {(index) => (
                <FormField
                  as={TextField}
                  control={control}
                  name={`medications.${index}.name`}
                  label={`Medication ${index + 1}`}
                />
              )}
            </FieldRows>
          </div>
          <FormField
            as={TextArea}
            control={control}
            name="goals"
            label="Goals"
            hint="In the client’s words"
          />
        </fieldset>
        <ContraindicationFields control={control} />
        <ToleranceFields control={control} />
        <AreasToAvoidFields control={control} />
        <fieldset>
          <legend>In the client’s own words</legend>
          <FormField
            as={TextArea}
            control={control}
            name="pressurePreferences"
            label="Pressure preferences"
          />
        </fieldset>
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="form__alert">
            {errors.root?.message ?? 'Some fields need attention: see the messages beside them.'}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : 'Save client'}
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
