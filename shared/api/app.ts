import { z } from 'zod';
import { defineCall } from './define';

export const AppInfo = z.strictObject({
  appVersion: z.string(),
  schemaVersion: z.int().nonnegative(),
});

export const appCalls = {
  'app.info': defineCall(z.strictObject({}), AppInfo, { effect: 'read', audit: 'none' }),
};
