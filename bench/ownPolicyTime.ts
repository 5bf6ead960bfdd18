// This package's share of AnalyzeStack: every policy's validateStack run
// in-process on the same resources, behind the policy SDK's unknown-checking
// proxy as the server hands them over. The rest of AnalyzeStack's time is
// the SDK's (gRPC, protobuf, per-policy deserialization).
import { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import { policies } from "alicloud-multi-account-network/policies";
import { Graph } from "../sdk/src/plan/graph";
import { median } from "./measure";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as { unknownCheckingProxy<T>(o: T): T };

function policyResources(graph: Graph): PolicyResource[] {
    const byUrn = new Map<string, PolicyResource>();
    const list = graph.resources.map((r) => {
        const provider = r.provider && graph.resources.find((p) => p.urn === r.provider!.urn);
        const resource = {
            type: r.type,
            name: r.name,
            urn: r.urn,
            props: unknownCheckingProxy(r.outputs),
            opts: {},
            provider: provider && {
                type: provider.type,
                name: provider.name,
                urn: provider.urn,
                props: unknownCheckingProxy(provider.inputs),
            },
            dependencies: [] as PolicyResource[],
            propertyDependencies: {} as Record<string, PolicyResource[]>,
        } as unknown as PolicyResource;
        byUrn.set(r.urn, resource);
        return resource;
    });
    graph.resources.forEach((r, i) => {
        const target = list[i] as unknown as {
            dependencies: PolicyResource[];
            propertyDependencies: Record<string, PolicyResource[]>;
        };
        target.dependencies = r.dependencies.map((d) => byUrn.get(d)!).filter(Boolean);
        for (const [k, urns] of Object.entries(r.propertyDependencies))
            target.propertyDependencies[k] = urns.map((u) => byUrn.get(u)!).filter(Boolean);
    });
    return list;
}

/** Median milliseconds for all policies over the graph. */
export function ownPolicyTime(graph: Graph, runs: number): number {
    const resources = policyResources(graph);
    const args: StackValidationArgs = {
        resources,
        stackTags: new Map(),
        getConfig: <T extends object>() => ({}) as T,
        notApplicable: () => {
            throw new Error("n/a");
        },
    };
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        for (const p of policies) void p.validateStack(args, () => undefined);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
}
