import { z } from 'zod';
import { RecordId } from '../domain/common';
import { ProtocolTemplate, ProtocolTemplateInput } from '../domain/course';
import { CHANGES, CREATES, defineCall, VIEWS } from './define';

/** The protocols a course is started from (Castro-Sánchez 2011, weekly open-ended, the clinic's own). */
export const templatesCalls = {
  'templates.list': defineCall(z.strictObject({}), z.array(ProtocolTemplate), VIEWS),
  'templates.create': defineCall(ProtocolTemplateInput, ProtocolTemplate, CREATES),
  'templates.update': defineCall(
    z.strictObject({ ...ProtocolTemplateInput.shape, id: RecordId }),
    ProtocolTemplate,
    CHANGES,
  ),
};
