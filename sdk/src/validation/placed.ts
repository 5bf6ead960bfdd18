// The arguments a component's checks read, each with where it sits in the
// component's arguments (`vpcs[2]`, `hub`, `vbrs[0]`), and what can be seen
// of them before anything resolves.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import type { CenOnPremisesArgs } from "../args/cenOnPremisesArgs";
import type { CenVpcArgs } from "../args/cenVpcArgs";
import { LabelledBlock, OnPremisesListName } from "../core/onPremises";
import { RouteTableNeed, vpcLabel } from "../core/vpcValidation";
import { plainNow } from "./inputs";

/** A VPC argument and where it sits in the component's arguments (`vpcs[2]`, `hub`, `spokes[0]`). */
export interface PlacedVpc {
    readonly path: string;
    readonly args: CenVpcArgs;
    /** Whether the component routes in the VPC's route tables, and how else a user can fix their absence. */
    readonly routeTables: RouteTableNeed;
}

/** Zone ids given for something created with `provider`, in its region: `firewall.network.attachmentZones`. */
export interface ZoneList {
    readonly argument: string;
    readonly zoneIds: readonly pulumi.Input<string>[];
    readonly provider: alicloud.Provider;
}

/** A VPC argument as the caller gave it, and where it sits: `vpcs[2]`, `hub`, `spokes[0]`. */
export interface GivenVpc {
    readonly path: string;
    readonly args: CenVpcArgs | undefined;
}

/** An on-premises connection as given, and where it sits: `vbrs[0]`. */
export interface PlacedOnPremises {
    readonly path: string;
    readonly list: OnPremisesListName;
    readonly args: CenOnPremisesArgs;
}

/** The VPCs' IPv4 blocks given as plain values, labelled for messages. */
export function vpcBlocksNow(
    vpcs: readonly { readonly path: string; readonly args?: { name?: unknown; cidrBlocks?: unknown } }[],
): LabelledBlock[] {
    return vpcs.flatMap(({ path, args }) =>
        Array.isArray(args?.cidrBlocks)
            ? (args.cidrBlocks as pulumi.Input<string>[])
                  .map((c) => plainNow(c))
                  .filter((c): c is string => c !== undefined)
                  .map((cidr) => ({ label: vpcLabel(path, args.name), cidr }))
            : [],
    );
}
