// Estates: beyond 40 VPCs the plan reports the ping matrix by group, in text
// and JSON (whose size then grows with the VPCs, not their square), names a
// group pair's leak, prints one pair's path with --explain, and refuses a
// pair-by-pair walk that would not fit in memory, with its size and what
// helps, instead of crashing the heap.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { PLAN_SCHEMA } from "../../sdk/src/plan/planSchema";
import { networkWorlds } from "../../sdk/src/model/worlds";
import { pairPings } from "../../sdk/src/plan/pingScale";
import { networkWorlds as worldsOf, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { verdictOf } from "../../sdk/src/model/reachability";
import { estateProgram } from "../../bench/estateProgram/estate";
import { hubAndSpokes, leakSpokeIntoSpokeTable } from "../harness/spokeNetworks";
import { plan } from "../harness/planCli";
import { stackExport } from "../harness/stackExport";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "estate-"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);

async function deployed(program: () => void, file: string): Promise<string> {
    const graph = await runProgram(program, { project: "estate", stack: "prod" });
    assert.deepEqual(graph.errors, []);
    const out = path.join(tmp, file);
    fs.writeFileSync(out, JSON.stringify(stackExport(graph)));
    return out;
}

interface Json {
    pings: unknown[];
    pingGroups: {
        groups: { id: string; members: { vpc: string; name: string }[] }[];
        results: {
            from: string;
            to: string;
            result: string;
            example: { from: { vpc: string }; to: { vpc: string } };
        }[];
    };
}

describe("alicloud-network-plan on an estate", function () {
    this.timeout(120000);
    let estate: string;
    before(async () => {
        estate = await deployed(estateProgram(60), "estate.json");
    });

    it("reports 60 VPCs by group: the groups, their members and one result per group pair, in JSON the schema accepts", () => {
        const run = plan(undefined, "--state", estate, "--state-only", "--json");
        assert.equal(run.status, 0, run.stderr);
        const json = JSON.parse(run.stdout) as Json;
        assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
        assert.deepEqual(json.pings, []);
        const members = json.pingGroups.groups.flatMap((g) => g.members);
        assert.equal(members.length, 120);
        assert.equal(new Set(members.map((m) => m.vpc)).size, 60);
        assert.ok(json.pingGroups.groups.length <= 4);
        assert.equal(json.pingGroups.results.length, json.pingGroups.groups.length ** 2);
        assert.ok(
            json.pingGroups.results.every(
                (r) => r.result === "yes" && r.example.from.vpc !== r.example.to.vpc,
            ),
        );
        const text = plan(undefined, "--state", estate, "--state-only").stdout;
        assert.match(
            text,
            /Ping matrix by group: 120 endpoints in 60 VPCs fall into \d groups the network treats alike .*\n {2}G1: 60 endpoint\(s\) in 60 VPC\(s\): /,
        );
        assert.match(text, /\nEvery other group pair pings\.\n/);
    });

    it("--explain prints one pair's path, request and reply", () => {
        const run = plan(
            undefined,
            "--state",
            estate,
            "--state-only",
            "--explain",
            "vpc3",
            "vpc57/vpc57-vsw1",
        );
        assert.equal(run.status, 0, run.stderr);
        assert.match(
            run.stdout,
            /^Path of vpc3\/vpc3-ecs \(10\.0\.12\.10\) -> vpc57\/vpc57-vsw1 \(10\.0\.229\.1\): yes\n {2}request:\n {4}VPC vpc3 route table by 10\.0\.0\.0\/8 -> .*\n {4}transit router table .* by 10\.0\.229\.0\/24 -> .*\n(.*\n)* {2}reply:\n/,
        );
        const unknown = plan(undefined, "--state", estate, "--state-only", "--explain", "vpc3", "nowhere");
        assert.equal(unknown.status, 2);
        assert.match(
            unknown.stderr,
            /--explain TO "nowhere" is no endpoint or VPC of the network; give a VPC's name or vpc\/endpoint \(vpc0\/vpc0-ecs, /,
        );
    });

    it("names a leak by group pair in an estate of hub and 45 spokes, one spoke leaked into the spoke table", async () => {
        const state = await deployed(
            hubAndSpokes(45, { spokeRouteDestinations: ["10.0.0.0/8"] }, leakSpokeIntoSpokeTable("spoke3")),
            "leak.json",
        );
        const run = plan(undefined, "--state", state, "--state-only");
        assert.equal(run.status, 1);
        assert.match(
            run.stdout,
            /\nLeaks: group pairs whose packets arrive where the stack declares their VPCs isolated \(\d+\):\n {2}one-way G\d+ -> G\d+, e\.g\. spoke\d+\/spoke\d+-vsw\d \([\d.]+\) -> spoke3\/spoke3-vsw\d \([\d.]+\); declared isolated: /,
        );
        assert.match(run.stderr, /alicloud-intended-connectivity: VPC spoke\d+ must not reach VPC spoke3/);
    });

    it("refuses a pair-by-pair walk larger than the memory the process may use, with its size and what helps", async () => {
        const worlds = networkWorlds(stackGraphOf(await runProgram(estateProgram(40))));
        assert.throws(
            () => pairPings(worlds, 10 * 1024 * 1024),
            (err: Error) => {
                assert.match(
                    err.message,
                    /^The network has 80 endpoints in 40 VPCs: 6400 pairs to walk one by one, about 16 MB, more than this process may use \(10 MB\)\. A plan of the network alone walks it by group: .*NODE_OPTIONS=--max-old-space-size=\d+\.$/,
                );
                return true;
            },
        );
        assert.equal(pairPings(worlds).length, 80 * 78);
    });

    it("compares two estates by group: each change an example pair and the pairs it stands for, as many as pair by pair", async () => {
        const spokes = (leak: boolean) =>
            hubAndSpokes(
                45,
                { spokeRouteDestinations: ["10.0.0.0/8"] },
                leak ? leakSpokeIntoSpokeTable("spoke3") : undefined,
            );
        const [clean, leaky] = [
            await deployed(spokes(false), "clean.json"),
            await deployed(spokes(true), "leaky.json"),
        ];
        const earlier = path.join(tmp, "clean-plan.json");
        fs.writeFileSync(earlier, plan(undefined, "--state", clean, "--state-only", "--json").stdout);
        const run = plan(undefined, "--state", leaky, "--state-only", "--json", "--against", earlier);
        const json = JSON.parse(run.stdout) as {
            diff: {
                reach: { gained: { pairs?: number; before: string; result: string }[]; lost: unknown[] };
            };
        };
        assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
        const counted = (changes: { pairs?: number }[]) => changes.reduce((n, c) => n + (c.pairs ?? 1), 0);
        // Pair by pair: every pair whose verdict delivers more with the leak.
        const verdicts = async (leak: boolean) => {
            const graph = await runProgram(spokes(leak));
            return new Map(
                pingsAcrossWorlds(worldsOf(stackGraphOf(graph))).map((r) => [
                    `${r.from.label} -> ${r.to.label}`,
                    verdictOf(r),
                ]),
            );
        };
        const [before, after] = [await verdicts(false), await verdicts(true)];
        const rank = { no: 0, "one-way": 1, pings: 2, undecided: -1 } as const;
        const gained = [...after].filter(
            ([k, v]) => rank[v] > rank[before.get(k)!] && rank[before.get(k)!] >= 0,
        );
        assert.ok(gained.length > 0);
        assert.equal(counted(json.diff.reach.gained), gained.length);
        assert.deepEqual(json.diff.reach.lost, []);
    });
});
