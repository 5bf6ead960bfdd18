// The VPCs a CEN component of this package attaches, found from its outputs:
// `attachmentUrns` names each member's attachment resource (URNs are known
// even in a preview), and the attachment leads to its VPC. Nothing here
// rebuilds the component's child names.
import {
    CEN_SECURITY_DOMAINS_TYPE,
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    ISOLATED_SPOKES_TYPE,
} from "../core/typeTokens";
import { StackGraph, StackResource, TYPES } from "./stackGraph";

export const CEN_COMPONENT_TYPES = [
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    ISOLATED_SPOKES_TYPE,
    CEN_SECURITY_DOMAINS_TYPE,
] as const;

/** A member of a component: its key, and its VPC when the stack has it; else why not. */
export type ComponentMember =
    | { readonly key: string; readonly vpc: StackResource }
    | {
          readonly key: string;
          readonly vpc?: undefined;
          readonly unresolved: string;
          /** True when the VPC is simply not in the stack (attached by id), rather than lost. */
          readonly outside: boolean;
      };

/** The member of `component` under `key`, resolved through the component's `attachmentUrns` output. */
export function componentMember(graph: StackGraph, component: StackResource, key: unknown): ComponentMember {
    const name = String(key);
    const urns = component.props.attachmentUrns;
    const urn =
        urns !== null && typeof urns === "object" ? (urns as Record<string, unknown>)[name] : undefined;
    if (typeof urn !== "string") {
        return {
            key: name,
            unresolved: `the component's attachmentUrns output does not name VPC '${name}'`,
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
    const vpc = graph.referenced(attachment, "vpcId", TYPES.vpc);
    return vpc
        ? { key: name, vpc }
        : { key: name, unresolved: `its attachment's VPC is not a resource of this stack`, outside: true };
}

/** The VPC resource the component attaches under `key`, when that VPC is in the stack. */
export function componentVpc(
    graph: StackGraph,
    component: StackResource,
    key: unknown,
): StackResource | undefined {
    return componentMember(graph, component, key).vpc;
}
