import { z } from 'zod';
import { ClinicSettings, ClinicSettingsInput } from '../domain/settings';
import { CHANGES, defineCall, VIEWS } from './define';

export const settingsCalls = {
  'settings.get': defineCall(z.strictObject({}), ClinicSettings, VIEWS),
  'settings.update': defineCall(ClinicSettingsInput, ClinicSettings, CHANGES),
};
