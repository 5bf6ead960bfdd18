// A CenSecurityDomains program of three accounts for tests that vary one
// argument: office (B) and prod (C) each reach shared services (A).
import * as alicloud from "@pulumi/alicloud";
import { CenSecurityDomains, CenSecurityDomainsArgs } from "alicloud-multi-account-network";
import { accountProviders, vpcArgs } from "./cenFixtures";

export const THREE_ACCOUNTS = { a: "1111111111111111", b: "2222222222222222", c: "3333333333333333" };

/** The program, with `edit`'s arguments over the defaults; the component is named `net`. */
export function threeDomains(
    edit: (p: Record<string, alicloud.Provider>) => Partial<CenSecurityDomainsArgs>,
): () => void {
    return () => {
        const p = accountProviders("a", "b", "c");
        new CenSecurityDomains("net", {
            cenProvider: p.a,
            domains: [
                { name: "office", vpcs: [vpcArgs("o1", p.b, "10.1.0.0/16")] },
                { name: "prod", vpcs: [vpcArgs("p1", p.c, "10.2.0.0/16")] },
                { name: "shared", vpcs: [vpcArgs("s1", p.a, "10.0.0.0/16")] },
            ],
            allow: [
                ["office", "shared"],
                ["prod", "shared"],
            ],
            ...edit(p),
        });
    };
}
