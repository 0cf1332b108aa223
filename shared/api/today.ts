import { z } from 'zod';
import { TodayOverview } from '../domain/overview';
import { defineCall, VIEWS } from './define';

export const todayCalls = {
  'today.overview': defineCall(z.strictObject({}), TodayOverview, VIEWS),
};
