import { z } from 'zod';
import { RecordId } from '../domain/common';
import { Course, CourseInput } from '../domain/course';
import { ById } from './clients';
import { CHANGES, CREATES, defineCall, DELETES, VIEWS } from './define';

const Purged = z.strictObject({ purged: z.literal(true) });

export const coursesCalls = {
  'courses.create': defineCall(CourseInput, Course, CREATES),
  'courses.list': defineCall(z.strictObject({ clientId: RecordId }), z.array(Course), VIEWS),
  'courses.delete': defineCall(ById, Course, DELETES),
  'courses.restore': defineCall(ById, Course, CHANGES),
  'courses.purge': defineCall(ById, Purged, DELETES),
};
