// The negotiation flood (bench/flood-negotiations.sh starts the expo and runs this): users ask one booth to
// negotiate over and over, each request withdrawn at once, and the run prints what one write costs before and after,
// and how large the owner's inbox and the signing wall are in storage. Bounded: it stops after --requests.
import { createHmac, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, v, i, all) => (i % 2 ? pairs : [...pairs, [v.slice(2), all[i + 1]]]), []));
const web = args.web;
const requests = Number(args.requests ?? 2000);
const users = Number(args.users ?? 8);
const samples = 30;

async function call(method, path, token, body) {
  const response = await fetch(web + path, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(`${method} ${path}: ${response.status} ${json?.code ?? ""} ${json?.detail ?? text}`);
    error.status = response.status;
    error.code = json?.code;
    throw error;
  }
  return json;
}

const register = (name, invitation) => call("POST", "/api/auth/register",
  null, { email: `flood-${randomUUID()}@example.com`, password: "flood password 1", displayName: name, language: "en", invitation });

async function timed(action) {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

/** Lists the grain state blobs whose names contain `part`, with their sizes, through Azurite's Shared Key API. */
async function stateBlobs(part) {
  const account = "devstoreaccount1";
  const containers = await blobRequest(`?comp=list`, `/${account}/${account}\ncomp:list`);
  const names = [...containers.matchAll(/<Name>([^<]+)<\/Name>/g)].map((m) => m[1]);
  const found = [];
  for (const container of names) {
    const list = await blobRequest(`/${container}?restype=container&comp=list`, `/${account}/${account}/${container}\ncomp:list\nrestype:container`);
    for (const blob of list.matchAll(/<Blob>.*?<Name>([^<]+)<\/Name>.*?<Content-Length>(\d+)<\/Content-Length>.*?<\/Blob>/gs)) {
      if (blob[1].includes(part)) {
        found.push({ name: `${container}/${blob[1]}`, bytes: Number(blob[2]) });
      }
    }
  }

  return found;
}

async function blobRequest(pathAndQuery, canonicalResource) {
  const date = new Date().toUTCString();
  const version = "2021-08-06";
  const toSign = `GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:${date}\nx-ms-version:${version}\n${canonicalResource}`;
  const signature = createHmac("sha256", Buffer.from(args.key, "base64")).update(toSign, "utf8").digest("base64");
  const response = await fetch(args.blob + pathAndQuery, {
    headers: { "x-ms-date": date, "x-ms-version": version, authorization: `SharedKey devstoreaccount1:${signature}` },
  });
  if (!response.ok) {
    throw new Error(`Listing blobs: ${response.status} ${await response.text()}`);
  }

  return response.text();
}

const expo = await call("GET", "/api/expo");
const expoId = expo.id;
const boothId = expo.pavilions[0].booths[0].id;
const field = (await call("GET", `/api/booths/${boothId}`)).fields?.[0] ?? "cultural-research";
const organiser = await call("POST", "/api/auth/sign-in", null, { email: args["organiser-email"], password: args["organiser-password"] });
const invitation = await call("POST", `/api/booths/${boothId}/invitations`, organiser.token, { operationId: randomUUID(), role: "owner" });
const owner = await register("Owner", invitation.code);
const requesters = await Promise.all(Array.from({ length: users }, (_, i) => register(`Requester ${i + 1}`)));

const ask = (user) => call("POST", "/api/negotiations", user.token, { operationId: randomUUID(), boothId, subject: "Flood", field });
const withdraw = (user, id) => call("POST", `/api/negotiations/${id}/withdraw`, user.token, { operationId: randomUUID() });

/** One request timed, then the owner's inbox write (marking it read) timed, then the request withdrawn. */
async function measure() {
  const asking = [];
  const reading = [];
  for (let i = 0; i < samples; i++) {
    let receipt;
    asking.push(await timed(async () => { receipt = await ask(requesters[0]); }));
    reading.push(await timed(() => call("POST", "/api/inbox/read", owner.token, { negotiationId: receipt.negotiationId })));
    await withdraw(requesters[0], receipt.negotiationId);
  }

  return { asking, reading };
}

async function sizes() {
  const inbox = (await stateBlobs(owner.visitorId)).filter((b) => b.name.includes("inbox"));
  const wall = (await stateBlobs(expoId)).filter((b) => b.name.includes("signing"));
  const sum = (list, page) => list.filter((b) => b.name.includes("page") === page).reduce((n, b) => n + b.bytes, 0);
  return `inbox ${sum(inbox, false)} B (+ ${inbox.filter((b) => b.name.includes("page")).length} sealed pages, ${sum(inbox, true)} B); ` +
    `signing wall ${sum(wall, false)} B (+ ${wall.filter((b) => b.name.includes("page")).length} sealed pages, ${sum(wall, true)} B)`;
}

await measure(); // warm-up, unmeasured: the first calls compile the hot paths
const before = await measure();
console.log(`Before: one request ${quantiles(before.asking)}; one inbox write ${quantiles(before.reading)}`);
console.log(`Before: ${await sizes()}`);

let sent = 0;
let refused = 0;
const started = performance.now();
await Promise.all(requesters.map(async (user) => {
  while (sent < requests) {
    sent++;
    try {
      const receipt = await ask(user);
      await withdraw(user, receipt.negotiationId);
    } catch (error) {
      refused++;
      if (refused <= 3) {
        console.log(`Refused: ${error.message}`);
      }
    }
  }
}));
const seconds = (performance.now() - started) / 1000;
console.log(`Flood: ${sent} requests (each withdrawn) in ${seconds.toFixed(1)} s, ${(sent / seconds).toFixed(0)}/s, ${refused} refused`);

const after = await measure();
console.log(`After:  one request ${quantiles(after.asking)}; one inbox write ${quantiles(after.reading)}`);
console.log(`After:  ${await sizes()}`);
const inboxIds = await call("GET", "/api/negotiations", owner.token);
console.log(`The owner's negotiation list (first 200 shown by the API): ${inboxIds.length}`);

// The quota: one user asks the same booth many times at once, without withdrawing.
const burst = await Promise.allSettled(Array.from({ length: 10 }, () => ask(requesters[1])));
const codes = burst.map((r) => (r.status === "fulfilled" ? "created" : r.reason.code ?? String(r.reason.status)));
console.log(`Quota: 10 requests at once by one user to one booth: ${codes.filter((c) => c === "created").length} created, ` +
  `${codes.filter((c) => c === "quota_exceeded").length} quota_exceeded`);
const counts = await call("GET", "/api/organiser/negotiations", organiser.token);
console.log(`Counts: ${JSON.stringify(counts)}`);
