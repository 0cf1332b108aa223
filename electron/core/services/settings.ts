import type { Handlers } from '../../../shared/api/handlers';
import { readSettings, writeSettings } from '../db/repositories/settings';
import type { ServicePorts } from './ports';

export function settingsHandlers({ db, now }: ServicePorts) {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': (input) => {
      const stored = readSettings(db);
      const settings = {
        ...input,
        paperSize: input.paperSize ?? stored.paperSize,
        algometerUnit: input.algometerUnit ?? stored.algometerUnit,
        clinicPhone: input.clinicPhone ?? stored.clinicPhone,
        updatedAt: now().toISOString(),
      };
      writeSettings(db, settings);
      return settings;
    },
  } satisfies Pick<Handlers, 'settings.get' | 'settings.update'>;
}
