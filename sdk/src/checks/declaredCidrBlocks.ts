// The blocks a CEN component was told for each VPC (its `vpcCidrBlocks`
// output) against the VPC resource it attaches: the routes it wrote and the
// overlaps it checked follow what it was told.
import { declaredBlocksProblem } from "../core/declaredBlocks";
import { CEN_COMPONENT_TYPES, componentVpc } from "../model/componentVpcs";
import { StackGraph, isKnown } from "../model/stackGraph";
import { blocksOfVpc } from "./vpcBlocks";
import { Finding, violation } from "./finding";

export function declaredCidrBlocksFindings(graph: StackGraph): Finding[] {
    const findings: Finding[] = [];
    for (const component of CEN_COMPONENT_TYPES.flatMap((t) => graph.ofType(t))) {
        const declaredByVpc = component.props.vpcCidrBlocks;
        if (declaredByVpc === null || typeof declaredByVpc !== "object") continue;
        for (const [key, declared] of Object.entries(declaredByVpc)) {
            if (!Array.isArray(declared) || !declared.every((b) => typeof b === "string" && isKnown(b)))
                continue;
            const vpc = componentVpc(graph, component, key);
            if (!vpc) continue;
            const { blocks, unreadable } = blocksOfVpc(graph, vpc);
            const ipv4 = blocks.filter((b) => b.block.family === "ipv4");
            const primary = ipv4.find((b) => b.field === "cidrBlock");
            if (!primary || unreadable.some((u) => !u.field.startsWith("ipv6"))) continue;
            const problem = declaredBlocksProblem(
                `${component.name}: the cidrBlocks of VPC '${key}'`,
                declared as string[],
                {
                    vpc: vpc.name,
                    primary: primary.block.cidr,
                    secondary: ipv4.filter((b) => b !== primary).map((b) => b.block.cidr),
                },
            );
            if (problem) findings.push(violation(component.urn, problem));
        }
    }
    return findings;
}
