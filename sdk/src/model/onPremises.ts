// The on-premises networks a stack reaches: the blocks each on-premises
// connection (VBR, IPsec-VPN connection, ECR, CCN) of a CEN component of this
// package was declared with, found through the component's outputs
// (`onPremisesAttachmentUrns`, `onPremisesCidrBlocks`). What a data centre
// really advertises over BGP cannot be known offline; the declared blocks
// stand for it, and a connection declared without blocks leads nowhere the
// plan can follow.
import { attachmentKindOf } from "../core/attachmentKinds";
import { CidrBlock, parseCidr } from "../core/cidr";
import { CROSS_ACCOUNT_CEN_BASIC_TYPE } from "../core/typeTokens";
import { CEN_COMPONENT_TYPES } from "./componentVpcs";
import { recordOf, StackGraph, StackResource } from "./stackGraph";

/** An on-premises network behind one attachment. */
export interface OnPremisesSite {
    /** The connection's name in its component. */
    readonly name: string;
    readonly attachment: StackResource;
    /** `VBR`, `IPsec-VPN connection`, `ECR`. */
    readonly noun: string;
    readonly blocks: readonly CidrBlock[];
}

const sitesOfGraph = new WeakMap<StackGraph, Map<string, OnPremisesSite>>();

/** The on-premises sites of the stack, keyed by attachment URN. */
export function onPremisesSites(graph: StackGraph): Map<string, OnPremisesSite> {
    let sites = sitesOfGraph.get(graph);
    if (sites) return sites;
    sites = new Map();
    for (const type of [...CEN_COMPONENT_TYPES, CROSS_ACCOUNT_CEN_BASIC_TYPE]) {
        for (const component of graph.ofType(type)) {
            const urns = recordOf(component.props.onPremisesAttachmentUrns);
            const blocks = recordOf(component.props.onPremisesCidrBlocks);
            for (const [name, urn] of Object.entries(urns)) {
                const attachment = typeof urn === "string" ? graph.resource(urn) : undefined;
                if (!attachment) continue;
                const declared = Array.isArray(blocks[name]) ? (blocks[name] as unknown[]) : [];
                sites.set(attachment.urn, {
                    name,
                    attachment,
                    noun:
                        attachmentKindOf(attachment.type)?.noun ??
                        (attachment.props.childInstanceType === "CCN" ? "CCN" : "network instance"),
                    blocks: declared.flatMap((c) => {
                        const parsed = typeof c === "string" ? parseCidr(c) : undefined;
                        return parsed?.ok ? [parsed.block] : [];
                    }),
                });
            }
        }
    }
    sitesOfGraph.set(graph, sites);
    return sites;
}

/** How messages name a site: `on-premises through VBR dc1`. */
export function siteLabel(site: OnPremisesSite): string {
    return `on-premises through ${site.noun} ${site.name}`;
}
