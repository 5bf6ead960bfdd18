// The shapes of the VPC arguments of the CEN components, and the names they
// give resources in Alibaba Cloud: what can be seen before anything resolves.
import * as pulumi from "@pulumi/pulumi";
import { found, requiredIdProblem } from "../core/argTypes";
import { vpcLabel } from "../core/vpcValidation";
import { checkResourceNames, NamedChild } from "../core/naming";
import type { CenVpcArgs } from "../args/cenVpcArgs";
import { GivenVpc } from "./placed";

/**
 * What can be seen of the VPC arguments before anything resolves: their
 * shapes, and the names the component and they give resources in Alibaba
 * Cloud (the attachments are `<component>-<vpc>`; `otherNames` are the
 * component's other children named after it).
 */
export function checkGivenVpcs(
    component: string,
    vpcs: readonly GivenVpc[],
    otherNames: NamedChild[] = [],
): string[] {
    const attachments = vpcs.flatMap(({ path, args }) =>
        typeof args?.name === "string" ? [{ argument: `${path}.name`, suffix: args.name }] : [],
    );
    return [...checkResourceNames(component, [...otherNames, ...attachments]), ...checkVpcShapes(vpcs)];
}

/** What a list of VPC arguments holds, for messages. */
export const VPC_LIST = "VPCs: { name, provider, vpcId, cidrBlocks, zoneMappings }";

/** The CEN owner's provider must be a provider. */
export function checkCenProvider(cenProvider: unknown): string[] {
    return pulumi.ProviderResource.isInstance(cenProvider)
        ? []
        : [
              "cenProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the CEN instance.",
          ];
}

/** Problems with the shape of each VPC argument, the kind a JavaScript caller or a typo produces. */
export function checkVpcShapes(vpcs: readonly GivenVpc[]): string[] {
    const problems: string[] = [];
    for (const { path, args } of vpcs) {
        const label = vpcLabel(path, args?.name);
        if (args === undefined || args === null || Array.isArray(args) || typeof args !== "object") {
            problems.push(
                `${path} ${args === undefined || args === null ? "is missing" : `is ${Array.isArray(args) ? "a list" : `a ${typeof args}`}`}; pass one VPC's { name, provider, vpcId, cidrBlocks, zoneMappings }.`,
            );
            continue;
        }
        if (!pulumi.ProviderResource.isInstance(args.provider)) {
            problems.push(
                `${label}: provider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.`,
            );
        }
        problems.push(
            ...found(requiredIdProblem(`${label}: vpcId`, args.vpcId, "the VPC's id")),
            ...checkLists(label, args),
        );
    }
    return problems;
}

const LISTS = {
    cidrBlocks: { required: true, entry: "a CIDR block" },
    ipv6CidrBlocks: { required: false, entry: "an IPv6 CIDR block" },
    routeTableIds: { required: false, entry: "a route table id (vtb-...)" },
    zoneMappings: { required: true, entry: "{ zoneId, vswitchId }" },
} as const;

/** Each list is a list, and none of its entries is empty; a zone mapping names its zone and its vSwitch. */
function checkLists(label: string, args: CenVpcArgs): string[] {
    const problems: string[] = [];
    for (const [field, { required, entry }] of Object.entries(LISTS)) {
        const list = (args as unknown as Record<string, unknown>)[field];
        if (list === undefined && !required) continue;
        if (!Array.isArray(list)) {
            problems.push(`${label}: ${field} must be a list.`);
            continue;
        }
        list.forEach((value: unknown, i) => {
            if (value === undefined || value === null || value === "") {
                problems.push(
                    `${label}: ${field}[${i}] is ${JSON.stringify(value) ?? "undefined"}; give ${entry}, or remove the entry.`,
                );
            } else if (field === "zoneMappings") {
                const { zoneId, vswitchId } = value as { zoneId?: unknown; vswitchId?: unknown };
                for (const [key, id, what] of [
                    ["zoneId", zoneId, "its zone id"],
                    ["vswitchId", vswitchId, "its vSwitch's id"],
                ] as const) {
                    if (id === undefined || id === null || id === "") {
                        problems.push(
                            `${label}: zoneMappings[${i}].${key} is ${JSON.stringify(id) ?? "missing"}; give ${what}.`,
                        );
                    }
                }
            }
        });
    }
    return problems;
}
