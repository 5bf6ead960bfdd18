// The VPCs a CEN component of this package attaches, found from its outputs:
// `attachmentUrns` names each member's attachment resource (URNs are known
// even in a preview), and the attachment leads to its VPC. Nothing here
// rebuilds the component's child names.
import {
    PACKAGE,
    CEN_SECURITY_DOMAINS_TYPE,
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    ISOLATED_SPOKES_TYPE,
} from "../core/typeTokens";
import { recordOf, resourceText, StackGraph, StackResource, TYPES } from "./stackGraph";
import { domainReach, inspectedReach } from "../core/securityDomains";
import type { DomainPolicyOutput } from "../args/cenSecurityDomainsArgs";

export const CEN_COMPONENT_TYPES = [
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    ISOLATED_SPOKES_TYPE,
    CEN_SECURITY_DOMAINS_TYPE,
] as const;

/**
 * A member of a component: its key, and the resource that stands for it when
 * the stack has it (its VPC; for an on-premises connection, its attachment,
 * where the plan's on-premises endpoints are); else why not.
 */
export type ComponentMember =
    | { readonly key: string; readonly resource: StackResource }
    | {
          readonly key: string;
          readonly resource?: undefined;
          readonly unresolved: string;
          /** True when the VPC is simply not in the stack (attached by id), rather than lost. */
          readonly outside: boolean;
      };

/**
 * The member of `component` under `key`: a VPC through the component's
 * `attachmentUrns` output, or an on-premises connection through its
 * `onPremisesAttachmentUrns`.
 */
export function componentMember(graph: StackGraph, component: StackResource, key: unknown): ComponentMember {
    const name = String(key);
    const site = recordOf(component.props.onPremisesAttachmentUrns)[name];
    const urn = recordOf(component.props.attachmentUrns)[name] ?? site;
    if (typeof urn !== "string") {
        return {
            key: name,
            unresolved: `the component's attachmentUrns and onPremisesAttachmentUrns outputs do not name '${name}'`,
            outside: false,
        };
    }
    const attachment = graph.resource(urn);
    if (!attachment) {
        return {
            key: name,
            unresolved: `its attachment ${urn.split("::").pop()} is not in the stack`,
            outside: false,
        };
    }
    if (urn === site) return { key: name, resource: attachment };
    const vpc = graph.referenced(attachment, "vpcId", TYPES.vpc);
    return vpc
        ? { key: name, resource: vpc }
        : { key: name, unresolved: `its attachment's VPC is not a resource of this stack`, outside: true };
}

/** The VPC resource the component attaches under `key`, when that VPC is in the stack. */
export function componentVpc(
    graph: StackGraph,
    component: StackResource,
    key: unknown,
): StackResource | undefined {
    const member = componentMember(graph, component, key);
    return member.resource?.type === TYPES.vpc ? member.resource : undefined;
}

/** The component of this package that created a resource (its nearest such ancestor), if one did. */
export function packageComponentOf(graph: StackGraph, resource: StackResource): StackResource | undefined {
    for (
        let r = resource.parent && graph.resource(resource.parent);
        r;
        r = r.parent && graph.resource(r.parent)
    ) {
        if (r.type.startsWith(`${PACKAGE}:`)) return r;
    }
    return undefined;
}

/**
 * The resources that open a path, as findings name them: those no component
 * of this package created first (most often the one to delete), each with its
 * URN.
 */
export function openersText(graph: StackGraph, openers: readonly StackResource[]): string {
    const byHand = openers.filter((r) => !packageComponentOf(graph, r));
    const byComponents = openers.filter((r) => packageComponentOf(graph, r));
    const parts = [
        ...byHand.map((r) => `${resourceText(r)}, which no component of this package created`),
        ...byComponents.map((r) => `${resourceText(r)}, of ${packageComponentOf(graph, r)!.name}`),
    ];
    return parts.length > 0 ? `The path is opened by ${parts.join("; ")}.` : "";
}

/**
 * Where a finding about a path is reported: on a resource added by hand to a
 * component's network (most often the one to remove), else on `fallback`. In
 * a network written wholly by hand no opener stands out.
 */
export function reportedOn(graph: StackGraph, openers: readonly StackResource[], fallback: string): string {
    const byComponents = openers.some((r) => packageComponentOf(graph, r));
    const byHand = byComponents ? openers.find((r) => !packageComponentOf(graph, r)) : undefined;
    return byHand?.urn ?? fallback;
}

/** A CenSecurityDomains' `domains` output as checks read it, whatever shape it arrives in. */
export interface DomainsOutput {
    readonly domains: readonly {
        readonly name: string;
        readonly isolateMembers: boolean;
        readonly members: readonly unknown[];
    }[];
    /** Per domain, the domains it reaches directly. */
    readonly reach: ReadonlyMap<string, ReadonlySet<string>>;
    /** Per domain, the domains it reaches through the firewall or inspection VPC. */
    readonly inspected: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Reads a CenSecurityDomains' `domains` output: its domains, members (keys) and who reaches whom. */
export function domainsOutput(component: StackResource): DomainsOutput {
    const output = component.props.domains as Partial<DomainPolicyOutput> | undefined;
    const domains = (Array.isArray(output?.domains) ? output.domains : []).map((d) => ({
        name: String(d.name),
        isolateMembers: d.isolateMembers === true,
        members: Array.isArray(d.members) ? (d.members as unknown[]) : [],
    }));
    return {
        domains,
        reach: domainReach({ domains, allow: Array.isArray(output?.allow) ? output.allow : [] }),
        inspected: inspectedReach(
            domains.map((d) => d.name),
            Array.isArray(output?.inspected) ? output.inspected : [],
        ),
    };
}
