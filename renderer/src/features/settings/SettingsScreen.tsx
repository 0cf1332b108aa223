import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  ACR_TENDER_THRESHOLD_KG_CM2,
  ALGOMETER_UNITS,
  algometerUnitLabel,
  describeAlgometer,
} from '../../../../shared/domain/algometer-units';
import { PAPER_LABELS, PAPER_SIZES } from '../../../../shared/domain/printout';
import type { ClinicSettings } from '../../../../shared/domain/settings';
import { ClinicSettingsInput } from '../../../../shared/domain/settings';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { showFailure } from '../../ui/form/failure';
import { FormField } from '../../ui/form/FormField';
import { DataProtectionSettings } from '../access/DataProtectionSettings';
import { TherapistsPanel } from '../access/TherapistsPanel';
import { AuditLogPanel } from './AuditLogPanel';
import { ProtocolTemplates } from './ProtocolTemplates';

export function SettingsScreen() {
  const settings = useCallQuery('settings.get', {});
  return (
    <section className="screen" aria-labelledby="settings-heading">
      <header className="screen__header">
        <h1 id="settings-heading">Settings</h1>
      </header>
      {settings.state === 'failed' && <p role="alert">{settings.message}</p>}
      {settings.state === 'ready' && <SettingsForm settings={settings.value} />}
      <ProtocolTemplates />
      <TherapistsPanel />
      <DataProtectionSettings />
      <AuditLogPanel />
    </section>
  );
}

function SettingsForm({ settings }: { settings: ClinicSettings }) {
  const { control, handleSubmit, setError, formState } = useForm({
    defaultValues: {
      clinicName: settings.clinicName,
      clinicPhone: settings.clinicPhone,
      therapistName: settings.therapistName,
      paperSize: settings.paperSize,
      algometerUnit: settings.algometerUnit,
    },
    resolver: zodResolver(ClinicSettingsInput),
  });
  const [saved, setSaved] = useState(false);
  const unsaved = () => setSaved(false);
  const submit = handleSubmit(async (input) => {
    unsaved();
    try {
      await call('settings.update', input);
      setSaved(true);
    } catch (error) {
      showFailure(setError, error);
    }
  }, unsaved);
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Clinic settings">
      <FormField as={TextField} control={control} name="clinicName" label="Clinic name" />
      <FormField
        as={TextField}
        control={control}
        name="clinicPhone"
        label="Clinic phone"
        hint="Printed where a client or a physician is asked to call the clinic"
      />
      <FormField
        as={TextField}
        control={control}
        name="therapistName"
        label="Therapist name"
        hint="Printed on a session’s papers until its note is signed; notes are signed by the therapist who unlocked FasciaMap"
      />
      <FormField
        as={Select}
        control={control}
        name="paperSize"
        label="Paper size"
        hint="Session summaries and take-home sheets are laid out for this paper"
        options={PAPER_SIZES.map((size) => ({ value: size, label: PAPER_LABELS[size] }))}
      />
      <FormField
        as={Select}
        control={control}
        name="algometerUnit"
        label="Algometer reads in"
        hint={`On the standard 1 cm² tip; readings are typed and shown in this unit and stored in kg/cm². The ACR tender-point pressure reads ${ALGOMETER_UNITS.map((unit) => describeAlgometer(ACR_TENDER_THRESHOLD_KG_CM2, unit)).join(' = ')}`}
        options={ALGOMETER_UNITS.map((unit) => ({ value: unit, label: algometerUnitLabel(unit) }))}
      />
      <p role="status">{saved ? 'Settings saved' : ''}</p>
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
      <div className="form__actions">
        <button className="button button--primary" type="submit">
          Save settings
        </button>
      </div>
    </form>
  );
}
