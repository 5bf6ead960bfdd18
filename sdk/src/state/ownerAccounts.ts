// Which account a provider acts as, when its configuration does not say (a
// Terraform state keeps no provider configuration; a Pulumi provider may use
// the ambient credentials): the owner ids other resources record. An
// attachment records its VPC's owner, a grant the CEN instance's owner; and
// what is deployed was made by the account the API requires (a grant by its
// instance's owner, an attachment by the CEN's owner).
import { Graph, RecordedProvider, RecordedResource } from "../plan/graph";
import { TYPES } from "../model/stackGraph";

/** The owner ids resources record of the resources they name: type, the id property, the owner property. */
const OWNER_RECORDS: readonly (readonly [string, string, string])[] = [
    [TYPES.vpcAttachment, "vpcId", "vpcOwnerId"],
    [TYPES.grant, "cenId", "cenOwnerId"],
    [TYPES.ecrGrant, "ecrId", "ecrOwnerAliUid"],
];

const known = (v: unknown): v is string => typeof v === "string" && /^\d+$/.test(v);

/**
 * The graph with each provider's account filled in from owner ids, where
 * nothing named it, and written into the provider's configuration
 * (`accountId`) as well: the policy pack reads accounts from there.
 */
export function withOwnerAccounts(graph: Graph): Graph {
    return withAccountsConfigured(withInferredAccounts(graph));
}

function withInferredAccounts(graph: Graph): Graph {
    const byId = new Map(graph.resources.filter((r) => r.id).map((r) => [r.id!, r]));
    const inferred = new Map<string, string>();
    for (const [type, idProperty, ownerProperty] of OWNER_RECORDS) {
        for (const r of graph.resources.filter((x) => x.type === type)) {
            const owner = r.outputs[ownerProperty];
            const named = byId.get(String(r.outputs[idProperty]));
            if (known(owner) && named?.provider && !inferred.has(named.provider.urn)) {
                inferred.set(named.provider.urn, owner);
            }
        }
    }
    // Deployed, a grant was made by its instance's owner and an attachment by the CEN's owner: the API allows no other.
    const ownerOf = (type: string, property: string, value: unknown, owner: string) =>
        graph.resources.find(
            (x) => x.type === type && x.outputs[property] === value && known(x.outputs[owner]),
        )?.outputs[owner] as string | undefined;
    for (const r of graph.resources) {
        if (!r.provider || inferred.has(r.provider.urn)) continue;
        const account =
            r.type === TYPES.grant
                ? ownerOf(TYPES.vpcAttachment, "vpcId", r.outputs.instanceId, "vpcOwnerId")
                : r.type === TYPES.vpcAttachment
                  ? ownerOf(TYPES.grant, "cenId", r.outputs.cenId, "cenOwnerId")
                  : undefined;
        if (account) inferred.set(r.provider.urn, account);
    }
    if (inferred.size === 0) return graph;
    const filled = new Map<string, RecordedProvider>();
    const provider = (p: RecordedProvider | undefined) => {
        if (!p || p.accountId || !inferred.has(p.urn)) return p;
        if (!filled.has(p.urn))
            filled.set(p.urn, {
                ...p,
                accountId: inferred.get(p.urn),
                configuredAccountId: inferred.get(p.urn),
            });
        return filled.get(p.urn);
    };
    return {
        ...graph,
        resources: graph.resources.map((r): RecordedResource =>
            r.provider ? { ...r, provider: provider(r.provider) } : r,
        ),
    };
}

/** Providers whose account is known (given, or inferred) carry it as `accountId`, as a configured provider does. */
function withAccountsConfigured(graph: Graph): Graph {
    const accounts = new Map(
        graph.resources
            .filter((r) => r.provider?.accountId)
            .map((r) => [r.provider!.urn, r.provider!.accountId!]),
    );
    return {
        ...graph,
        resources: graph.resources.map((r) => {
            const account = accounts.get(r.urn);
            if (!account || !r.type.startsWith("pulumi:providers:") || r.inputs.accountId !== undefined)
                return r;
            return { ...r, inputs: { ...r.inputs, accountId: account } };
        }),
    };
}
