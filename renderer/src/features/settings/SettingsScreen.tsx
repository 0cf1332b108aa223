import { useState, type FormEvent } from 'react';
import { PAPER_LABELS, PAPER_SIZES, PaperSize } from '../../../../shared/domain/printout';
import type { ClinicSettings } from '../../../../shared/domain/settings';
import { ClinicSettingsInput } from '../../../../shared/domain/settings';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { failureMessages, validate } from '../../ui/validate';
import { DataProtectionSettings } from '../access/DataProtectionSettings';
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
      <DataProtectionSettings />
    </section>
  );
}

function SettingsForm({ settings }: { settings: ClinicSettings }) {
  const [clinicName, setClinicName] = useState(settings.clinicName);
  const [therapistName, setTherapistName] = useState(settings.therapistName);
  const [paperSize, setPaperSize] = useState<PaperSize>(settings.paperSize);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ClinicSettingsInput, { clinicName, therapistName, paperSize });
    setSaved(false);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      await call('settings.update', checked.value);
      setErrors({});
      setSaved(true);
    } catch (error) {
      setErrors(failureMessages(error));
    }
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Clinic settings">
      <TextField label="Clinic name" value={clinicName} error={errors.clinicName} onChange={setClinicName} />
      <TextField
        label="Therapist name"
        hint="Printed on a session’s papers until its note is signed; notes are signed by the therapist who unlocked FasciaMap"
        value={therapistName}
        error={errors.therapistName}
        onChange={setTherapistName}
      />
      <Select
        label="Paper size"
        hint="Session summaries and take-home sheets are laid out for this paper"
        value={paperSize}
        options={PAPER_SIZES.map((size) => ({ value: size, label: PAPER_LABELS[size] }))}
        error={errors.paperSize}
        onChange={(value) => setPaperSize(PaperSize.parse(value))}
      />
      <p role="status">{saved ? 'Settings saved' : ''}</p>
      {errors[''] && <p role="alert">{errors['']}</p>}
      <div className="form__actions">
        <button className="button button--primary" type="submit">
          Save settings
        </button>
      </div>
    </form>
  );
}
