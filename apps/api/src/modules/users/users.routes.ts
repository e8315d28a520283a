import type { App, ModuleDeps } from '../../module';
import { ctxOf } from '../../plugins/auth';
import { IdParams } from '../common.schemas';
import { Ok } from '../auth/auth.schemas';
import { CreateUserBody, GrantParams, GrantRoleBody, ResetPasswordBody, UpdateUserBody, UserList, UserListQuery, UserOut } from './users.schemas';
import * as service from './users.service';

export async function userRoutes(app: App, deps: ModuleDeps): Promise<void> {
  const tags = ['users'];
  app.get('/api/users', { schema: { tags, summary: 'Users in my scope', querystring: UserListQuery, response: { 200: UserList } } },
    async (req) => service.listUsers(deps, ctxOf(req), req.query));

  app.post('/api/users', { schema: { tags, summary: 'Create a user', body: CreateUserBody, response: { 201: UserOut } } },
    async (req, reply) => reply.status(201).send(await service.createUser(deps, ctxOf(req), req.body)));

  app.get('/api/users/:id', { schema: { tags, summary: 'One user', params: IdParams, response: { 200: UserOut } } },
    async (req) => service.getUser(deps, ctxOf(req), req.params.id));

  app.patch('/api/users/:id', { schema: { tags, summary: 'Rename, disable or enable a user', params: IdParams, body: UpdateUserBody, response: { 200: UserOut } } },
    async (req) => service.updateUser(deps, ctxOf(req), req.params.id, req.body));

  app.post('/api/users/:id/password', { schema: { tags, summary: "Reset a user's password", params: IdParams, body: ResetPasswordBody, response: { 200: Ok } } },
    async (req) => {
      await service.resetPassword(deps, ctxOf(req), req.params.id, req.body.newPassword);
      return { ok: true as const };
    });

  app.post('/api/users/:id/roles', { schema: { tags, summary: 'Grant a role on an org unit', params: IdParams, body: GrantRoleBody, response: { 201: UserOut } } },
    async (req, reply) => reply.status(201).send(await service.grantRole(deps, ctxOf(req), req.params.id, req.body)));

  app.delete('/api/users/:id/roles/:grantId', { schema: { tags, summary: 'Revoke a role', params: GrantParams, response: { 200: UserOut } } },
    async (req) => service.revokeRole(deps, ctxOf(req), req.params.id, req.params.grantId));
}
