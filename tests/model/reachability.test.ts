// The CEN cross-account guide's route tables and ping test, and topologies built to fail, each
// denying exactly the expected pairs for the expected reason.
import { strict as assert } from "assert";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { Graph } from "../../sdk/src/plan/graph";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix, PingResult } from "../../sdk/src/model/reachability";
import { StackGraph, StackResource, TYPES, UNKNOWN_VALUE } from "../../sdk/src/model/stackGraph";
import { MODES } from "../harness/graphAssertions";
import { handWrittenHubSpoke } from "./handWrittenHubSpoke";

const GUIDE = "examples/cross-account-cen/index.ts";

function results(graph: StackGraph): PingResult[] {
    return pingMatrix(buildNetworkModel(graph), endpointsOf(graph));
}

/** `from -> to: where: why` for every pair that does not ping. */
function denied(rs: PingResult[]): string[] {
    return rs
        .filter((r) => r.outcome.kind !== "delivered")
        .map(
            (r) =>
                `${r.from.label} -> ${r.to.label}: ${r.outcome.kind === "delivered" ? "" : `${r.outcome.at}: ${r.outcome.reason}`}`,
        )
        .sort();
}

/** The guide's graph with resources removed and others added. */
function variant(graph: Graph, drop: (r: StackResource) => boolean, add: StackResource[] = []): StackGraph {
    return new StackGraph([...stackGraphOf(graph).resources.filter((r) => !drop(r)), ...add]);
}

/** An ICMP rule on VPC1's security group. */
const rule = (
    name: string,
    cidrIp: string,
    policy: "accept" | "drop",
    priority?: number,
    type: "ingress" | "egress" = "ingress",
): StackResource => ({
    urn: `urn:pulumi:dev::project::alicloud:ecs/securityGroupRule:SecurityGroupRule::${name}`,
    type: TYPES.securityGroupRule,
    name,
    props: {
        securityGroupId: "sg-vpc1-sg",
        type,
        ipProtocol: "icmp",
        portRange: "-1/-1",
        cidrIp,
        policy,
        ...(priority === undefined ? {} : { priority }),
    },
});

/** A BlackHole route in the guide's transit router table. */
const blackHole = (cidr: string): StackResource => ({
    urn: `urn:pulumi:dev::project::alicloud:cen/transitRouterRouteEntry:TransitRouterRouteEntry::drop-${cidr}`,
    type: TYPES.trRouteEntry,
    name: `drop-${cidr}`,
    props: {
        transitRouterRouteTableId: "vtb-system-tr-cen1-tr",
        transitRouterRouteEntryDestinationCidrBlock: cidr,
        transitRouterRouteEntryNextHopType: "BlackHole",
    },
});

describe("model: the CEN cross-account guide", () => {
    let graph: Graph;
    before(async () => {
        graph = await runModule(GUIDE);
    });

    it("prints the guide's transit router table: the six vSwitch routes, each to its VPC's attachment", () => {
        const tables = [...buildNetworkModel(stackGraphOf(graph)).trTables.values()];
        assert.equal(tables.length, 1);
        assert.deepEqual(
            tables[0].routes.map((r) => `${r.destination} | ${r.nextHop} | ${r.type}`),
            [
                "10.0.0.0/24 | tr-attach-cen1-attachment-vpc1 | Propagated",
                "10.0.1.0/24 | tr-attach-cen1-attachment-vpc1 | Propagated",
                "172.16.0.0/24 | tr-attach-cen1-attachment-vpc2 | Propagated",
                "172.16.1.0/24 | tr-attach-cen1-attachment-vpc2 | Propagated",
                "192.168.0.0/24 | tr-attach-cen1-attachment-vpc3 | Propagated",
                "192.168.1.0/24 | tr-attach-cen1-attachment-vpc3 | Propagated",
            ],
        );
        assert.deepEqual(
            tables[0].associated.map((a) => a.name),
            ["cen1-attachment-vpc1", "cen1-attachment-vpc2", "cen1-attachment-vpc3"],
        );
    });

    for (const mode of MODES) {
        it(`all three VPCs ping each other, ECS3 -> 10.0.0.1 included (${mode.name})`, async () => {
            const g = mode.preview ? await runModule(GUIDE, { preview: true }) : graph;
            const rs = results(stackGraphOf(g));
            assert.equal(
                rs.length,
                24,
                "two endpoints per VPC (its ECS and its other vSwitch): 24 ordered pairs",
            );
            assert.deepEqual(denied(rs), []);
            const ecs3 = rs.find(
                (r) => r.from.label.startsWith("vpc3/vpc3-ecs") && r.to.label === "vpc1/vpc1-ecs (10.0.0.1)",
            )!;
            assert.deepEqual(
                ecs3.forward.hops.map((h) => h.at),
                [
                    "VPC vpc3 route table",
                    mode.preview
                        ? "transit router table System table of cen1-tr (id known after deploy)"
                        : "transit router table vtb-system-tr-cen1-tr",
                    "VPC vpc1 route table",
                ],
            );
        });
    }

    it("a missing propagation cuts the VPC off: its routes are absent from the transit router table", () => {
        const rs = results(variant(graph, (r) => r.name === "cen1-propagation-vpc3"));
        const at = "transit router table vtb-system-tr-cen1-tr";
        assert.deepEqual(denied(rs), [
            `vpc1/vpc1-ecs (10.0.0.1) -> vpc3/vpc3-ecs (192.168.0.1): ${at}: no route to 192.168.0.1`,
            `vpc1/vpc1-ecs (10.0.0.1) -> vpc3/vpc3-vsw2 (192.168.1.1): ${at}: no route to 192.168.1.1`,
            `vpc1/vpc1-vsw2 (10.0.1.1) -> vpc3/vpc3-ecs (192.168.0.1): ${at}: no route to 192.168.0.1`,
            `vpc1/vpc1-vsw2 (10.0.1.1) -> vpc3/vpc3-vsw2 (192.168.1.1): ${at}: no route to 192.168.1.1`,
            `vpc2/vpc2-ecs (172.16.0.1) -> vpc3/vpc3-ecs (192.168.0.1): ${at}: no route to 192.168.0.1`,
            `vpc2/vpc2-ecs (172.16.0.1) -> vpc3/vpc3-vsw2 (192.168.1.1): ${at}: no route to 192.168.1.1`,
            `vpc2/vpc2-vsw2 (172.16.1.1) -> vpc3/vpc3-ecs (192.168.0.1): ${at}: no route to 192.168.0.1`,
            `vpc2/vpc2-vsw2 (172.16.1.1) -> vpc3/vpc3-vsw2 (192.168.1.1): ${at}: no route to 192.168.1.1`,
            `vpc3/vpc3-ecs (192.168.0.1) -> vpc1/vpc1-ecs (10.0.0.1): ${at}: reply: no route to 192.168.0.1`,
            `vpc3/vpc3-ecs (192.168.0.1) -> vpc1/vpc1-vsw2 (10.0.1.1): ${at}: reply: no route to 192.168.0.1`,
            `vpc3/vpc3-ecs (192.168.0.1) -> vpc2/vpc2-ecs (172.16.0.1): ${at}: reply: no route to 192.168.0.1`,
            `vpc3/vpc3-ecs (192.168.0.1) -> vpc2/vpc2-vsw2 (172.16.1.1): ${at}: reply: no route to 192.168.0.1`,
            `vpc3/vpc3-vsw2 (192.168.1.1) -> vpc1/vpc1-ecs (10.0.0.1): ${at}: reply: no route to 192.168.1.1`,
            `vpc3/vpc3-vsw2 (192.168.1.1) -> vpc1/vpc1-vsw2 (10.0.1.1): ${at}: reply: no route to 192.168.1.1`,
            `vpc3/vpc3-vsw2 (192.168.1.1) -> vpc2/vpc2-ecs (172.16.0.1): ${at}: reply: no route to 192.168.1.1`,
            `vpc3/vpc3-vsw2 (192.168.1.1) -> vpc2/vpc2-vsw2 (172.16.1.1): ${at}: reply: no route to 192.168.1.1`,
        ]);
    });

    it("a VPC without routes to its attachment neither sends nor answers", () => {
        const rs = results(variant(graph, (r) => r.name.startsWith("cen1-route-vpc2-")));
        const lines = denied(rs);
        assert.equal(lines.length, 16);
        assert.ok(
            lines
                .filter((l) => l.startsWith("vpc2/"))
                .every((l) => /: VPC vpc2 route table: no route to /.test(l)),
        );
        assert.ok(
            lines
                .filter((l) => !l.startsWith("vpc2/"))
                .every((l) => /-> vpc2\/.*: VPC vpc2 route table: reply: no route to /.test(l)),
        );
    });

    it("a BlackHole route drops exactly the traffic to its block, static winning over the propagated route", () => {
        const lines = denied(results(variant(graph, () => false, [blackHole("192.168.0.0/24")])));
        assert.equal(lines.length, 8);
        for (const line of lines) {
            assert.match(line, /vpc3-ecs \(192\.168\.0\.1\)/);
            assert.match(
                line,
                /transit router table vtb-system-tr-cen1-tr: (reply: )?192\.168\.0\.0\/24 is a BlackHole route$/,
            );
        }
    });

    it("says what it cannot decide while values are unknown, and never guesses", () => {
        const stack = stackGraphOf(graph);
        const unknownHop = stack.resources.map((r) =>
            r.name.startsWith("cen1-route-vpc2-")
                ? { ...r, props: { ...r.props, nexthopId: UNKNOWN_VALUE }, propertyDependencies: {} }
                : r,
        );
        const rs = results(new StackGraph(unknownHop));
        const fromVpc2 = rs.filter((r) => r.from.vpc.name === "vpc2" || r.to.vpc.name === "vpc2");
        assert.equal(fromVpc2.length, 16);
        for (const r of fromVpc2) {
            assert.equal(r.outcome.kind, "undecided");
            assert.match(
                r.outcome.kind === "undecided" ? r.outcome.reason : "",
                /the next hop is known only after deployment$/,
            );
        }
        assert.deepEqual(denied(rs.filter((r) => !fromVpc2.includes(r))), []);
    });

    it("an attachment without association forwards nothing", () => {
        const lines = denied(results(variant(graph, (r) => r.name === "cen1-association-vpc1")));
        assert.equal(lines.length, 16);
        assert.ok(
            lines.some((l) =>
                l.endsWith(
                    "attachment cen1-attachment-vpc1: it is not associated with any transit router route table",
                ),
            ),
        );
        assert.ok(
            lines.some((l) =>
                l.endsWith(
                    "attachment cen1-attachment-vpc1: reply: it is not associated with any transit router route table",
                ),
            ),
        );
    });

    it("a security group without an ICMP rule refuses ping to its ECS instance only", () => {
        const lines = denied(results(variant(graph, (r) => r.name === "vpc1-sg-icmp")));
        const refused = (source: string) =>
            `vpc1/vpc1-ecs (10.0.0.1): security groups of vpc1/vpc1-ecs (10.0.0.1): no ingress rule allows ICMP from ${source}`;
        assert.deepEqual(
            lines.map((l) => l.split(" -> ")[1]),
            ["172.16.0.1", "172.16.1.1", "192.168.0.1", "192.168.1.1"].map(refused),
        );
    });
});

describe("model: security groups as Alibaba Cloud evaluates them", () => {
    let graph: Graph;
    before(async () => {
        graph = await runModule(GUIDE);
    });

    /** Who reaches VPC1's ECS, with the guide's accept-all rule (priority 1) and `extra` rules. */
    const toEcs1 = (extra: StackResource[], keepAcceptAll = true) =>
        denied(results(variant(graph, (r) => !keepAcceptAll && r.name === "vpc1-sg-icmp", extra)))
            .filter((l) => l.includes("-> vpc1/vpc1-ecs"))
            .map((l) => `${l.split(" -> ")[0]}: ${l.split(": ").slice(2).join(": ")}`);

    it("a drop rule of the same priority as an accept rule wins", () => {
        assert.deepEqual(toEcs1([rule("no-vpc2", "172.16.0.0/12", "drop")]), [
            "vpc2/vpc2-ecs (172.16.0.1): rule no-vpc2 (priority 1, drop) drops ICMP from 172.16.0.1; at equal priority a drop rule wins over accept rule vpc1-sg-icmp (priority 1, accept)",
            "vpc2/vpc2-vsw2 (172.16.1.1): rule no-vpc2 (priority 1, drop) drops ICMP from 172.16.1.1; at equal priority a drop rule wins over accept rule vpc1-sg-icmp (priority 1, accept)",
        ]);
    });

    it("a higher-priority accept rule wins over a lower-priority drop rule, and a higher-priority drop over an accept", () => {
        assert.deepEqual(toEcs1([rule("no-vpc2", "172.16.0.0/12", "drop", 10)]), []);
        assert.deepEqual(
            toEcs1(
                [rule("no-vpc3", "192.168.0.0/24", "drop", 1), rule("from-all", "0.0.0.0/0", "accept", 5)],
                false,
            ),
            [
                "vpc3/vpc3-ecs (192.168.0.1): rule no-vpc3 (priority 1, drop) drops ICMP from 192.168.0.1, ahead of accept rule from-all (priority 5, accept)",
            ],
        );
    });

    it("admits the reply to an admitted request without a rule for it: security groups are stateful", () => {
        // VPC1's group admits only VPC3; VPC3's own group admits everyone, so both directions are checked once.
        const lines = toEcs1([rule("only-vpc3", "192.168.0.0/16", "accept", 1)], false);
        assert.ok(
            lines.every((l) => !l.startsWith("vpc3/")),
            lines.join("\n"),
        );
        const fromEcs1 = denied(
            results(
                variant(graph, (r) => r.name === "vpc1-sg-icmp", [
                    rule("only-vpc3", "192.168.0.0/16", "accept"),
                ]),
            ),
        ).filter((l) => l.startsWith("vpc1/vpc1-ecs") && l.includes("-> vpc3/"));
        assert.deepEqual(fromEcs1, []);
    });
});

describe("model: an instance without a fixed private IP is some address of its vSwitch", () => {
    let graph: Graph;
    before(async () => {
        graph = await runModule(GUIDE);
    });

    /** The guide with ECS3 given no privateIp, VPC1's ICMP rule admitting `cidrIp`, `extra` added: what ECS3 gets pinging ECS1. */
    const ecs3ToEcs1 = (cidrIp: string, extra: StackResource[] = []) => {
        const base = stackGraphOf(graph);
        const ecs3 = base.resources.find((r) => r.name === "vpc3-ecs")!;
        const { privateIp: _ip, ...props } = ecs3.props;
        const icmp = base.resources.find((r) => r.name === "vpc1-sg-icmp")!;
        const changed = variant(graph, (r) => r.name === ecs3.name || r.name === icmp.name, [
            { ...ecs3, props },
            { ...icmp, props: { ...icmp.props, cidrIp } },
            ...extra,
        ]);
        const ping = results(changed).find((r) => r.from.name === "vpc3-ecs" && r.to.name === "vpc1-ecs")!;
        return { label: ping.from.label, outcome: ping.outcome };
    };

    it("pings when the rules admit every address of its vSwitch", () => {
        assert.deepEqual(ecs3ToEcs1("0.0.0.0/0"), {
            label: "vpc3/vpc3-ecs (an address of 192.168.0.0/24)",
            outcome: { kind: "delivered" },
        });
    });

    it("is a decisive no when the rules admit no address of its vSwitch", () => {
        assert.deepEqual(ecs3ToEcs1("10.0.0.0/8").outcome, {
            kind: "denied",
            at: "security groups of vpc1/vpc1-ecs (10.0.0.1)",
            reason: "it fails whatever address vpc3-ecs in 192.168.0.0/24 gets; for example, no ingress rule allows ICMP from 192.168.0.1",
        });
    });

    it("is undecided only when the rules admit some of its vSwitch's addresses and not others", () => {
        assert.deepEqual(ecs3ToEcs1("192.168.0.0/25").outcome, {
            kind: "undecided",
            at: "security groups of vpc1/vpc1-ecs (10.0.0.1)",
            reason: "it depends on the address vpc3-ecs in 192.168.0.0/24 gets: 192.168.0.1 -> 10.0.0.1 pings, 192.168.0.128 -> 10.0.0.1 does not (no ingress rule allows ICMP from 192.168.0.128); give it a privateIp",
        });
    });
    it("follows each address it may get through the routes: a route covering part of its vSwitch makes it depend on the address", () => {
        assert.deepEqual(ecs3ToEcs1("0.0.0.0/0", [blackHole("192.168.0.128/25")]).outcome, {
            kind: "undecided",
            at: "transit router table vtb-system-tr-cen1-tr",
            reason: "it depends on the address vpc3-ecs in 192.168.0.0/24 gets: 192.168.0.1 -> 10.0.0.1 pings, 192.168.0.128 -> 10.0.0.1 does not (reply: 192.168.0.128/25 is a BlackHole route); give it a privateIp",
        });
    });

    it("is a decisive no when every address fails, though each for its own reason", () => {
        // Addresses in 192.168.0.0/25 are admitted but their replies dropped; the others are not admitted.
        assert.deepEqual(ecs3ToEcs1("192.168.0.0/25", [blackHole("192.168.0.0/25")]).outcome, {
            kind: "denied",
            at: "transit router table vtb-system-tr-cen1-tr",
            reason: "it fails whatever address vpc3-ecs in 192.168.0.0/24 gets; for example, reply: 192.168.0.0/25 is a BlackHole route",
        });
    });

    it("never gives it the addresses Alibaba Cloud reserves: the first and the last three of its vSwitch", () => {
        const dropping = (cidr: string) => [rule(`drop-${cidr}`, cidr, "drop")];
        assert.equal(ecs3ToEcs1("192.168.0.0/24", dropping("192.168.0.253/32")).outcome.kind, "delivered");
        assert.equal(ecs3ToEcs1("192.168.0.0/24", dropping("192.168.0.0/32")).outcome.kind, "delivered");
        assert.equal(ecs3ToEcs1("192.168.0.0/24", dropping("192.168.0.252/32")).outcome.kind, "undecided");
    });
});

describe("model: outbound security group rules", () => {
    let graph: Graph;
    before(async () => {
        graph = await runModule(GUIDE);
    });

    /** The guide's failing pairs with `extra` resources, VPC1's security group changed by `group`. */
    const failing = (extra: StackResource[], group: Record<string, unknown> = {}) =>
        denied(
            results(
                new StackGraph(
                    [...stackGraphOf(graph).resources, ...extra].map((r) =>
                        r.name === "vpc1-sg" ? { ...r, props: { ...r.props, ...group } } : r,
                    ),
                ),
            ),
        );

    it("a drop rule stops pings the instance sends, not the replies to pings it receives", () => {
        const lines = failing([rule("no-out", "192.168.0.0/16", "drop", 1, "egress")]);
        assert.deepEqual(lines, [
            "vpc1/vpc1-ecs (10.0.0.1) -> vpc3/vpc3-ecs (192.168.0.1): security groups of vpc1/vpc1-ecs (10.0.0.1) (outbound): rule no-out (priority 1, drop) drops ICMP to 192.168.0.1",
            "vpc1/vpc1-ecs (10.0.0.1) -> vpc3/vpc3-vsw2 (192.168.1.1): security groups of vpc1/vpc1-ecs (10.0.0.1) (outbound): rule no-out (priority 1, drop) drops ICMP to 192.168.1.1",
        ]);
    });

    it("an enterprise security group denies outbound pings no rule allows; a basic one allows them", () => {
        const lines = failing([], { securityGroupType: "enterprise" });
        assert.equal(lines.length, 4, lines.join("\n"));
        assert.ok(lines.every((l) => l.startsWith("vpc1/vpc1-ecs")));
        assert.match(
            lines[0],
            /\(outbound\): no egress rule allows ICMP to 172\.16\.0\.1, and an enterprise security group denies outbound traffic no rule allows$/,
        );
        assert.deepEqual(
            failing([rule("out", "0.0.0.0/0", "accept", 1, "egress")], { securityGroupType: "enterprise" }),
            [],
        );
    });
});

describe("model: isolated spokes through two route tables", () => {
    for (const mode of MODES) {
        it(`spokes reach the hub and back, never each other (${mode.name})`, async () => {
            const rs = results(
                stackGraphOf(await runProgram(handWrittenHubSpoke(), { preview: mode.preview })),
            );
            const pairs = (kind: string) =>
                [
                    ...new Set(
                        rs
                            .filter((r) => (r.outcome.kind === "delivered") === (kind === "ok"))
                            .map((r) => `${r.from.vpc.name}->${r.to.vpc.name}`),
                    ),
                ].sort();
            assert.deepEqual(pairs("ok"), ["vpc1->vpc3", "vpc2->vpc3", "vpc3->vpc1", "vpc3->vpc2"]);
            assert.deepEqual(pairs("denied"), ["vpc1->vpc2", "vpc2->vpc1"]);
            for (const r of rs.filter((x) => x.outcome.kind !== "delivered")) {
                assert.equal(r.outcome.kind, "denied");
                assert.match(
                    r.outcome.kind === "denied" ? `${r.outcome.at}: ${r.outcome.reason}` : "",
                    /^transit router table spoke-table .*: no route to 10\.[12]\./,
                );
            }
        });
    }

    it("a spoke propagating into the spoke table leaks spoke-to-spoke traffic", async () => {
        const rs = results(stackGraphOf(await runProgram(handWrittenHubSpoke({ leak: true }))));
        assert.deepEqual(denied(rs), []);
    });
});
