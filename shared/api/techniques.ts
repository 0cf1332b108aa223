import { z } from 'zod';
import { Technique, TechniqueId, TechniqueInput } from '../domain/plan/techniques';
import { CHANGES, CREATES, defineCall, VIEWS } from './define';

export const techniquesCalls = {
  'techniques.list': defineCall(z.strictObject({}), z.array(Technique), VIEWS),
  'techniques.create': defineCall(TechniqueInput, Technique, CREATES),
  'techniques.update': defineCall(
    z.strictObject({ ...TechniqueInput.shape, id: TechniqueId, retired: z.boolean() }),
    Technique,
    CHANGES,
  ),
};
