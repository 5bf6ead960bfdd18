// A Terraform state of the alicloud provider (format version 4, what
// `terraform state pull` prints), as the graph the planner reads for a
// program: each resource the model knows under its Pulumi type, its
// attributes in camelCase, its provider alias as the provider.
// https://developer.hashicorp.com/terraform/language/state
import * as path from "path";
import { Graph, RecordedProvider, RecordedResource } from "../plan/graph";
import { TYPES } from "../model/stackGraph";
import { StateGraph } from "./pulumiState";
import { StateProblem } from "./stateProblem";
import { INSTANCE_GRANT, ROUTE_TABLES_DATA, TERRAFORM_TYPES } from "./terraformTypes";

interface TerraformInstance {
    readonly index_key?: string | number;
    readonly attributes?: Record<string, unknown>;
    readonly dependencies?: string[];
}

interface TerraformResource {
    readonly mode: "managed" | "data";
    readonly module?: string;
    readonly type: string;
    readonly name: string;
    readonly provider: string;
    readonly instances: TerraformInstance[];
}

/** True for a Terraform state's top level: `{ version, terraform_version, resources }`. */
export function isTerraformState(document: unknown): boolean {
    const d = document as Record<string, unknown> | null;
    return typeof d === "object" && d !== null && "terraform_version" in d && "version" in d;
}

/** `module.spoke["a"].alicloud_vpc.this[0]`: how Terraform addresses one instance. */
function address(r: TerraformResource, instance: TerraformInstance): string {
    const base = `${r.module ? `${r.module}.` : ""}${r.mode === "data" ? "data." : ""}${r.type}.${r.name}`;
    const key = instance.index_key;
    return key === undefined ? base : `${base}[${JSON.stringify(key)}]`;
}

/** `provider["registry.terraform.io/aliyun/alicloud"].hub` → `hub`; a module's own provider keeps its module. */
function providerName(provider: string): string {
    const m = /^(?:(.*)\.)?provider\["[^"]*"\](?:\.(.+))?$/.exec(provider);
    if (!m) return provider;
    return `${m[1] ? `${m[1]}.` : ""}${m[2] ?? "alicloud"}`;
}

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Attributes in the Pulumi names: snake_case keys to camelCase, in nested blocks too. */
function camelCased(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(camelCased);
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelCased(v)]));
    }
    return value;
}

/**
 * The deprecated instance grant read as the transit router grant attachment
 * that replaces it: the same grant of one network instance to a CEN
 * instance of another account.
 */
function fromInstanceGrant(attributes: Record<string, unknown>): Record<string, unknown> {
    const child = String(attributes.child_instance_id ?? "");
    const kind = /^vbr-/.test(child) ? "VBR" : /^ccn-/.test(child) ? "CCN" : "VPC";
    return {
        id: attributes.id,
        cenId: attributes.cen_id,
        cenOwnerId: attributes.cen_owner_id,
        instanceId: attributes.child_instance_id,
        instanceType: kind,
    };
}

/** The graph of a Terraform state document; `accounts` names the accounts of provider aliases. */
export function terraformStateGraph(
    document: unknown,
    file: string,
    accounts: Readonly<Record<string, string>>,
): StateGraph {
    const { version, resources: listed } = document as { version: unknown; resources: unknown };
    if (version !== 4) {
        throw new StateProblem(
            file,
            `is a Terraform state of format version ${JSON.stringify(version)}; the planner reads version 4, which Terraform 0.12 and later write: run terraform state pull with a current Terraform`,
        );
    }
    if (!Array.isArray(listed) || !listed.every(isTerraformResource)) {
        throw new StateProblem(
            file,
            "has no resources list of { mode, type, name, provider, instances }; is it the whole output of terraform state pull?",
        );
    }
    const stack = path.basename(file).replace(/\.[^.]*$/, "") || "terraform";
    const urn = (type: string, name: string) => `urn:pulumi:${stack}::terraform::${type}::${name}`;
    const providers = new Map<string, RecordedProvider>();
    const providerOf = (r: TerraformResource): RecordedProvider => {
        const name = providerName(r.provider);
        let p = providers.get(name);
        if (!p) {
            p = {
                urn: urn("pulumi:providers:alicloud", name),
                name,
                accountId: accounts[name],
                configuredAccountId: accounts[name],
            };
            providers.set(name, p);
        }
        return p;
    };
    const alicloud = listed.filter((r) => r.type.startsWith("alicloud_"));
    const notModelled = new Map<string, number>();
    const byAddress = new Map<string, string[]>();
    const resources: RecordedResource[] = [];
    const tableLists: { attributes: Record<string, unknown>; provider: RecordedProvider }[] = [];
    for (const r of alicloud) {
        const type =
            r.mode === "managed"
                ? r.type === INSTANCE_GRANT
                    ? TYPES.grant
                    : TERRAFORM_TYPES[r.type]
                : undefined;
        if (r.mode === "managed" && !type) {
            notModelled.set(r.type, (notModelled.get(r.type) ?? 0) + r.instances.length);
            continue;
        }
        for (const instance of r.instances) {
            const attributes = instance.attributes ?? {};
            const name = address(r, instance);
            if (r.mode === "data") {
                if (r.type === ROUTE_TABLES_DATA) tableLists.push({ attributes, provider: providerOf(r) });
                continue;
            }
            const props = (
                r.type === INSTANCE_GRANT ? fromInstanceGrant(attributes) : camelCased(attributes)
            ) as Record<string, unknown>;
            const resourceUrn = urn(type!, name);
            const unindexed = name.replace(/\[[^\]]*\]$/, "");
            byAddress.set(unindexed, [...(byAddress.get(unindexed) ?? []), resourceUrn]);
            resources.push({
                urn: resourceUrn,
                type: type!,
                name,
                custom: true,
                inputs: props,
                outputs: props,
                id: typeof attributes.id === "string" ? attributes.id : undefined,
                provider: providerOf(r),
                dependencies: instance.dependencies ?? [],
                propertyDependencies: {},
                deleteBeforeReplace: false,
            });
        }
    }
    const routers = new Map(
        resources
            .filter((r) => r.type === TYPES.transitRouter)
            .map((r) => [r.outputs.transitRouterId, r.name]),
    );
    for (const { attributes, provider } of tableLists) {
        const router = routers.get(attributes.transit_router_id) ?? String(attributes.transit_router_id);
        resources.push(...systemTables(attributes, `System table of ${router}`, urn, provider));
    }
    // Dependencies name resources (all their instances), by address.
    const graph: Graph = {
        preview: false,
        resources: [
            ...[...providers.values()].map((p): RecordedResource => ({
                urn: p.urn,
                type: "pulumi:providers:alicloud",
                name: p.name,
                custom: true,
                inputs: {},
                outputs: {},
                dependencies: [],
                propertyDependencies: {},
                deleteBeforeReplace: false,
            })),
            ...withoutSystemTablesDefined(resources).map((r) => ({
                ...r,
                dependencies: r.dependencies.flatMap((d) => byAddress.get(d) ?? []),
            })),
        ],
        invokes: [],
        errors: [],
        stackOutputs: {},
    };
    const unread = [...notModelled].map(
        ([type, n]) => `${n} ${type} (${file}): a type the planner does not read`,
    );
    return { graph, unread };
}

/**
 * A transit router's System table, as the route tables data source lists it
 * (named `name`): no resource defines it, and associations and propagations
 * name its id.
 */
function systemTables(
    attributes: Record<string, unknown>,
    name: string,
    urn: (type: string, name: string) => string,
    provider: RecordedProvider,
): RecordedResource[] {
    const tables = Array.isArray(attributes.tables) ? (attributes.tables as Record<string, unknown>[]) : [];
    return tables
        .filter((t) => t.transit_router_route_table_type === "System")
        .map((t) => {
            const tableId = t.transit_router_route_table_id ?? t.id;
            const props = {
                transitRouterId: attributes.transit_router_id,
                transitRouterRouteTableId: tableId,
                transitRouterRouteTableType: "System",
                transitRouterRouteTableName: t.transit_router_route_table_name,
            };
            const tableName = name;
            return {
                urn: urn(TYPES.trRouteTable, tableName),
                type: TYPES.trRouteTable,
                name: tableName,
                custom: true,
                inputs: props,
                outputs: props,
                id: `${String(attributes.transit_router_id)}:${String(tableId)}`,
                provider,
                dependencies: [],
                propertyDependencies: {},
                deleteBeforeReplace: false,
            };
        });
}

/** A System table the data source lists once, and never when a resource of the state defines it. */
function withoutSystemTablesDefined(resources: RecordedResource[]): RecordedResource[] {
    const tableId = (r: RecordedResource) => String(r.outputs.transitRouterRouteTableId);
    const defined = new Set(
        resources
            .filter(
                (r) => r.type === TYPES.trRouteTable && r.outputs.transitRouterRouteTableType !== "System",
            )
            .map(tableId),
    );
    const seen = new Set<string>();
    return resources.filter((r) => {
        if (r.type !== TYPES.trRouteTable || r.outputs.transitRouterRouteTableType !== "System") return true;
        const id = tableId(r);
        if (defined.has(id) || seen.has(id)) return false;
        seen.add(id);
        return true;
    });
}

function isTerraformResource(r: unknown): r is TerraformResource {
    const e = r as TerraformResource | null;
    return (
        typeof e === "object" &&
        e !== null &&
        typeof e.type === "string" &&
        typeof e.name === "string" &&
        typeof e.provider === "string" &&
        Array.isArray(e.instances)
    );
}
