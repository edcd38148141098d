// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the whole organization with the official `openai` npm SDK, one listing at a time, as an
// admin's script does: the projects, each project's users, service accounts and groups, each
// group's members once, and the organization's users. For roster-bench's peer figure.
// usage: node walkorganization.cjs <path to node_modules/openai> <base url> <admin key>
// Prints one JSON line: {"ms": n, "rows": n, "requests": n}
const [pkg, baseURL, apiKey] = process.argv.slice(2);
const mod = require(pkg);
const OpenAI = mod.OpenAI || mod.default || mod;

(async () => {
    const client = new OpenAI({ apiKey, adminAPIKey: apiKey, baseURL, maxRetries: 0 });
    const org = client.admin.organization;
    let rows = 0;
    const start = process.hrtime.bigint();
    const projects = [];
    for await (const project of org.projects.list({ limit: 100 })) projects.push(project.id);
    const groups = new Set();
    for (const id of projects) {
        for await (const user of org.projects.users.list(id, { limit: 100 })) rows += user.id ? 1 : 0;
        for await (const account of org.projects.serviceAccounts.list(id, { limit: 100 })) rows += account.id ? 1 : 0;
        for await (const grant of org.projects.groups.list(id, { limit: 100 })) {
            rows += 1;
            groups.add(grant.group_id);
        }
    }
    for (const id of groups) {
        for await (const member of org.groups.users.list(id, { limit: 1000 })) rows += member.id ? 1 : 0;
    }
    for await (const user of org.users.list({ limit: 100 })) rows += user.id ? 1 : 0;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(JSON.stringify({ ms, rows, projects: projects.length, groups: groups.size }));
})().catch((e) => { console.error(String(e)); process.exit(1); });
