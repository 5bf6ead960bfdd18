// The VPCs a CEN component of this package attaches, found through its
// attachment children (named as the component names them), so a check can
// read a component's outputs by VPC key and reach the VPC resources.
import { childName } from "../core/naming";
import { CROSS_ACCOUNT_CEN_PEERING_TYPE, ISOLATED_SPOKES_TYPE } from "../core/typeTokens";
import { StackGraph, StackResource, TYPES } from "./stackGraph";

export const CEN_COMPONENT_TYPES = [CROSS_ACCOUNT_CEN_PEERING_TYPE, ISOLATED_SPOKES_TYPE] as const;

/** The VPC resource the component attaches under `key`, when that VPC is in the stack. */
export function componentVpc(
    graph: StackGraph,
    component: StackResource,
    key: unknown,
): StackResource | undefined {
    const name = childName(component.name, "attachment", String(key));
    const attachment = graph
        .ofType(TYPES.vpcAttachment)
        .find((a) => a.parent === component.urn && a.name === name);
    return attachment ? graph.referenced(attachment, "vpcId", TYPES.vpc) : undefined;
}
