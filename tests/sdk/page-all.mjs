// Pages through every listing Roster reads with the official `openai` SDK's auto-pagination,
// against the server at OPENAI_BASE_URL with the key in OPENAI_ADMIN_KEY, and prints what it
// saw as JSON on standard output. tst_sdkfidelity compares that with the server's generated rows.
// openai 7.x declares node >= 22 but runs this script on node 20 (npm only warns).
import OpenAI from 'openai';
import { VERSION } from 'openai/version';

const client = new OpenAI({ maxRetries: 0, timeout: 30_000 });
const org = client.admin.organization;

async function all(pages, idField = 'id') {
  const ids = [];
  for await (const item of pages) ids.push(item[idField]);
  return ids;
}

const result = {
  sdkVersion: VERSION,
  projects: await all(org.projects.list({ include_archived: true })),
  activeProjects: await all(org.projects.list()),
  projectUsers: {},
  projectGroups: {},
  projectGroupsDesc: {},
  groups: await all(org.groups.list()),
  groupUsers: {},
};
for (const id of result.activeProjects) {
  result.projectUsers[id] = await all(org.projects.users.list(id));
}
for (const id of result.projects) {
  result.projectGroups[id] = await all(org.projects.groups.list(id), 'group_id');
  result.projectGroupsDesc[id] = await all(org.projects.groups.list(id, { order: 'desc', limit: 7 }), 'group_id');
}
for (const id of result.groups) {
  result.groupUsers[id] = await all(org.groups.users.list(id, { limit: 10 }));
}
result.companyUsersLimit100 = await all(org.projects.users.list('proj_company_wide', { limit: 100 }));

// How the SDK sees the server's errors: the class it raises, the status, and the error body's fields.
async function failure(pages) {
  try {
    await all(pages);
    return null;
  } catch (err) {
    return { name: err.constructor.name, status: err.status ?? null, message: err.message,
             type: err.type ?? null, param: err.param ?? null, code: err.code ?? null };
  }
}
const wrongKey = new OpenAI({ adminAPIKey: 'sk-admin-not-the-demo-key', maxRetries: 0, timeout: 30_000 });
result.errors = {
  archived: await failure(org.projects.users.list('proj_legacy_pilot')),
  unknownProject: await failure(org.projects.users.list('proj_does_not_exist')),
  badLimit: await failure(org.projects.users.list('proj_roster_demo', { limit: 101 })),
  badOrder: await failure(org.groups.list({ order: 'sideways' })),
  wrongKey: await failure(wrongKey.admin.organization.projects.list()),
};
process.stdout.write(JSON.stringify(result) + '\n');
