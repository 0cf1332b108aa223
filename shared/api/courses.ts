import { z } from 'zod';
import { RecordId } from '../domain/common';
import { Course, CourseInput, ProtocolTemplate, ProtocolTemplateInput } from '../domain/course';
import { ById } from './clients';
import { defineCall } from './define';

const Purged = z.strictObject({ purged: z.literal(true) });

export const courseCalls = {
  'templates.list': defineCall(z.strictObject({}), z.array(ProtocolTemplate)),
  'templates.create': defineCall(ProtocolTemplateInput, ProtocolTemplate),
  'templates.update': defineCall(
    z.strictObject({ ...ProtocolTemplateInput.shape, id: RecordId }),
    ProtocolTemplate,
  ),
  'courses.create': defineCall(CourseInput, Course),
  'courses.list': defineCall(z.strictObject({ clientId: RecordId }), z.array(Course)),
  'courses.delete': defineCall(ById, Course),
  'courses.restore': defineCall(ById, Course),
  'courses.purge': defineCall(ById, Purged),
};
