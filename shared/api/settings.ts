import { z } from 'zod';
import { ClinicSettings, ClinicSettingsInput } from '../domain/settings';
import { defineCall } from './define';

export const settingsCalls = {
  'settings.get': defineCall(z.strictObject({}), ClinicSettings),
  'settings.update': defineCall(ClinicSettingsInput, ClinicSettings),
};
