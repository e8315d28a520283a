import { z } from 'zod';
import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { CommitteeBody, CreateGroupBody, GroupListQuery, GroupOut, GroupSummaryOut, MemberBody, MemberParams, UpdateGroupBody } from './groups.schemas';
import * as service from './groups.service';

export async function groupRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['groups'];
  app.get('/api/groups', { schema: { tags, summary: 'Model groups in my scope', querystring: GroupListQuery, response: { 200: z.array(GroupSummaryOut) } } },
    async (req) => service.listGroups(deps, ctxOf(req), req.query));

  app.post('/api/groups', { schema: { tags, summary: 'Form a model group (one per tambon and cohort; idempotent on id)', body: CreateGroupBody, response: { 200: GroupOut, 201: GroupOut } } },
    async (req, reply) => {
      const { created, group } = await service.createGroup(deps, ctxOf(req), req.body);
      return reply.status(created ? 201 : 200).send(group);
    });

  app.get('/api/groups/:id', { schema: { tags, summary: 'A group with its members and committee', params: IdParams, response: { 200: GroupOut } } },
    async (req) => service.getGroup(deps, ctxOf(req), req.params.id));

  app.patch('/api/groups/:id', { schema: { tags, summary: "Change a group's details (with the version read)", params: IdParams, body: UpdateGroupBody, response: { 200: GroupOut } } },
    async (req) => service.updateGroup(deps, ctxOf(req), req.params.id, req.body));

  app.post('/api/groups/:id/members', { schema: { tags, summary: 'Add a selected farmer of the tambon as a member', params: IdParams, body: MemberBody, response: { 200: GroupOut, 201: GroupOut } } },
    async (req, reply) => {
      const { added, group } = await service.addMember(deps, ctxOf(req), req.params.id, req.body.farmerId, req.body.joinedOn);
      return reply.status(added ? 201 : 200).send(group);
    });

  app.delete('/api/groups/:id/members/:farmerId', { schema: { tags, summary: 'Remove a member (and their committee seats)', params: MemberParams, response: { 200: GroupOut } } },
    async (req) => service.removeMember(deps, ctxOf(req), req.params.id, req.params.farmerId));

  app.put('/api/groups/:id/committee', { schema: { tags, summary: 'Set the committee: [{ farmerId, role, title? }]', params: IdParams, body: CommitteeBody, response: { 200: GroupOut } } },
    async (req) => service.setCommittee(deps, ctxOf(req), req.params.id, req.body));
}
