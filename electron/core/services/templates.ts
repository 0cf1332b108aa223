import type { Handlers } from '../../../shared/api/handlers';
import { assessmentRuleIssues } from '../../../shared/domain/course';
import { findTemplate, listTemplates, saveTemplate } from '../db/repositories/templates';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type TemplatesHandlers = Pick<Handlers, 'templates.list' | 'templates.create' | 'templates.update'>;

export function templatesHandlers({ db, now, newId }: ServicePorts) {
  return {
    'templates.list': () => listTemplates(db),
    'templates.create': (input) => {
      assertNoRuleIssues(assessmentRuleIssues(input));
      const at = now().toISOString();
      const template = { ...input, id: newId(), createdAt: at, updatedAt: at };
      saveTemplate(db, template);
      return template;
    },
    'templates.update': ({ id, ...input }) => {
      const existing = found(findTemplate(db, id), 'protocol template');
      assertNoRuleIssues(assessmentRuleIssues(input));
      const template = { ...existing, ...input, updatedAt: now().toISOString() };
      saveTemplate(db, template);
      return template;
    },
  } satisfies TemplatesHandlers;
}
