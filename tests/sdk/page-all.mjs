// Pages through every listing Roster reads with the official `openai` SDK's auto-pagination,
// against the server at OPENAI_BASE_URL with the key in OPENAI_ADMIN_KEY, and prints what it
// saw as JSON on standard output. tst_sdkfidelity compares that with the server's generated rows.
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
process.stdout.write(JSON.stringify(result) + '\n');
