// SPDX-License-Identifier: GPL-3.0-or-later
// Pages a project's users with the official `openai` npm SDK, for roster-bench's comparison.
// usage: node pagelisting.cjs <path to node_modules/openai> <base url> <admin key> <project> <runs>
// Prints one JSON line: {"ms": [per run], "rows": n}
const [pkg, baseURL, apiKey, project, runsText] = process.argv.slice(2);
const mod = require(pkg);
const OpenAI = mod.OpenAI || mod.default || mod;

async function pageWithSdk(client) {
    let rows = 0;
    // SDK 6.x: the Admin API's own method, auto-paging.
    const users = client.admin && client.admin.organization && client.admin.organization.projects
        && client.admin.organization.projects.users;
    if (users && users.list) {
        for await (const user of users.list(project, { limit: 100 })) {
            if (user.id) rows++;
        }
        return rows;
    }
    let pagination = null;
    for (const candidate of ['/pagination', '/core/pagination']) {
        try { pagination = require(pkg + candidate); break; } catch (e) { /* older or newer layout */ }
    }
    const path = `/organization/projects/${encodeURIComponent(project)}/users`;
    if (pagination && pagination.CursorPage && client.getAPIList) {
        for await (const user of client.getAPIList(path, pagination.CursorPage, { query: { limit: 100 } })) {
            if (user.id) rows++;
        }
        return rows;
    }
    // No list helper exposed: page by hand with the SDK's own request path.
    let after;
    for (;;) {
        const page = await client.get(path, { query: after ? { limit: 100, after } : { limit: 100 } });
        rows += page.data.length;
        if (!page.has_more || page.data.length === 0) return rows;
        after = page.last_id || page.data[page.data.length - 1].id;
    }
}

(async () => {
    const client = new OpenAI({ apiKey, adminAPIKey: apiKey, baseURL, maxRetries: 0 });
    const ms = [];
    let rows = 0;
    for (let i = 0; i < Number(runsText); i++) {
        const start = process.hrtime.bigint();
        rows = await pageWithSdk(client);
        ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    let version = mod.VERSION || '';
    try { version = version || require(pkg + '/version').VERSION; } catch (e) { /* unknown */ }
    console.log(JSON.stringify({ ms, rows, version }));
})().catch((e) => { console.error(String(e)); process.exit(1); });
