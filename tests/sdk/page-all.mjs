// SPDX-License-Identifier: GPL-3.0-or-later
// Pages through every listing Roster reads with the official `openai` SDK's auto-pagination,
// against the server at OPENAI_BASE_URL with the key in OPENAI_ADMIN_KEY, and prints what it
// saw as JSON on standard output. tst_sdkfidelity compares that with the server's generated rows.
// Every page's body is also checked against its response schema in openapi-admin.json (the eleven
// list operations, copied unchanged from the official OpenAPI specification, openai/openai-openapi,
// MIT licence); each departure is reported under `violations`.
// openai 7.x declares node >= 22 but runs this script on node 20 (npm only warns).
import OpenAI from 'openai';
import { VERSION } from 'openai/version';
import { readFileSync } from 'node:fs';

const spec = JSON.parse(readFileSync(new URL('./openapi-admin.json', import.meta.url)));
const client = new OpenAI({ maxRetries: 0, timeout: 30_000 });
const org = client.admin.organization;
const violations = [];

function resolve(schema) {
  while (schema && schema.$ref)
    schema = spec.components.schemas[schema.$ref.split('/').pop()];
  return schema;
}

function typeOk(type, value) {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
    default: return true;
  }
}

// The problems of `value` against `schema` (the keywords the spec uses), each with its JSON path.
function check(schema, value, where, problems) {
  schema = resolve(schema);
  if (!schema) return;
  if (schema.anyOf) {
    if (!schema.anyOf.some((s) => { const p = []; check(s, value, where, p); return p.length === 0; }))
      problems.push(`${where}: matches none of anyOf (${JSON.stringify(value)?.slice(0, 80)})`);
    return;
  }
  if (schema.type && !typeOk(schema.type, value)) {
    problems.push(`${where}: expected ${schema.type}, got ${JSON.stringify(value)?.slice(0, 80)}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value))
    problems.push(`${where}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeOk('object', value)) {
    for (const name of schema.required ?? [])
      if (!(name in value)) problems.push(`${where}: missing required ${name}`);
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      if (name in value) check(property, value[name], `${where}.${name}`, problems);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => check(schema.items, item, `${where}[${i}]`, problems));
}

// Every item of a listing, through the SDK's own paging, with each page checked against `operation`.
async function all(operation, pages, idField = 'id') {
  const schema = spec.paths[operation].get.responses['200'].content['application/json'].schema;
  const ids = [];
  for await (const page of (await pages).iterPages()) {
    const problems = [];
    check(schema, page.body, 'page', problems);
    for (const problem of problems) violations.push({ operation, url: page.response.url, problem });
    for (const item of page.getPaginatedItems()) ids.push(item[idField]);
  }
  return ids;
}

const P = '/organization/projects';
const result = {
  sdkVersion: VERSION,
  projects: await all(P, org.projects.list({ include_archived: true })),
  activeProjects: await all(P, org.projects.list()),
  projectUsers: {},
  projectGroups: {},
  projectGroupsDesc: {},
  groups: await all('/organization/groups', org.groups.list()),
  groupUsers: {},
  organizationUsers: await all('/organization/users', org.users.list({ limit: 100 })),
  serviceAccounts: {},
  apiKeysAny: {},
  apiKeysDefault: {},
  projectRoles: {},
  userRoles: {},
  groupRoles: {},
};
for (const id of result.activeProjects) {
  result.projectUsers[id] = await all(`${P}/{project_id}/users`, org.projects.users.list(id));
  result.serviceAccounts[id] = await all(`${P}/{project_id}/service_accounts`, org.projects.serviceAccounts.list(id));
}
for (const id of result.projects) {
  result.projectGroups[id] = await all(`${P}/{project_id}/groups`, org.projects.groups.list(id), 'group_id');
  result.projectGroupsDesc[id] = await all(`${P}/{project_id}/groups`, org.projects.groups.list(id, { order: 'desc', limit: 7 }), 'group_id');
  result.apiKeysAny[id] = await all(`${P}/{project_id}/api_keys`, org.projects.apiKeys.list(id, { owner_project_access: 'any', limit: 3 }));
  result.apiKeysDefault[id] = await all(`${P}/{project_id}/api_keys`, org.projects.apiKeys.list(id));
  result.projectRoles[id] = await all('/projects/{project_id}/roles', org.projects.roles.list(id, { limit: 1 }));
}
for (const id of result.groups) {
  result.groupUsers[id] = await all('/organization/groups/{group_id}/users', org.groups.users.list(id, { limit: 10 }));
}
result.companyUsersLimit100 = await all(`${P}/{project_id}/users`, org.projects.users.list('proj_company_wide', { limit: 100 }));

// Role assignments: every user and every granted group of two projects, a page of one at a time.
for (const project of ['proj_design_system', 'proj_research_研究']) {
  for (const user of result.projectUsers[project]) {
    result.userRoles[`${project} ${user}`] = await all('/projects/{project_id}/users/{user_id}/roles',
      org.projects.users.roles.list(user, { project_id: project, limit: 1, order: 'asc' }));
  }
  for (const group of result.projectGroups[project]) {
    result.groupRoles[`${project} ${group}`] = await all('/projects/{project_id}/groups/{group_id}/roles',
      org.projects.groups.roles.list(group, { project_id: project, limit: 1, order: 'asc' }));
  }
}

// The emails filter, sent as the SDK sends arrays.
result.emailsAsked = (await (await org.users.list({ limit: 100 })).getPaginatedItems())
  .filter((u) => u.email).slice(1, 4).map((u) => u.email);
result.usersByEmail = await all('/organization/users', org.users.list({ emails: result.emailsAsked, limit: 1 }));

// How the SDK sees the server's errors: the class it raises, the status, and the error body's fields.
async function failure(pages) {
  try {
    for await (const item of pages) void item;
    return null;
  } catch (err) {
    return { name: err.constructor.name, status: err.status ?? null, message: err.message,
             type: err.type ?? null, param: err.param ?? null, code: err.code ?? null };
  }
}
const wrongKey = new OpenAI({ adminAPIKey: 'sk-admin-not-the-demo-key', maxRetries: 0, timeout: 30_000 });
result.errors = {
  archived: await failure(org.projects.users.list('proj_legacy_pilot')),
  archivedServiceAccounts: await failure(org.projects.serviceAccounts.list('proj_legacy_pilot')),
  unknownProject: await failure(org.projects.users.list('proj_does_not_exist')),
  unknownProjectRoles: await failure(org.projects.roles.list('proj_does_not_exist')),
  badLimit: await failure(org.projects.users.list('proj_roster_demo', { limit: 101 })),
  badOrder: await failure(org.groups.list({ order: 'sideways' })),
  badAccess: await failure(org.projects.apiKeys.list('proj_roster_demo', { owner_project_access: 'sometimes' })),
  wrongKey: await failure(wrongKey.admin.organization.projects.list()),
};
result.violations = violations;
process.stdout.write(JSON.stringify(result) + '\n');
