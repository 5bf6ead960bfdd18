// Three custom resources the components create are Node.js dynamic resources
// (the payer lock of Express Connect Router attachments, Cloud Firewall's
// traffic-redirection policies, the acceptance of resource share
// invitations). Pulumi runs a dynamic resource's provider from the program's
// directory, with the @pulumi/pulumi installed there: a program in another
// language has one only when the package was installed there with npm. The
// plugin runs in the program's directory, so it can tell, and a component
// that needs one refuses before it creates anything, naming the argument.
import {
    CEN_SECURITY_DOMAINS_TYPE,
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    ISOLATED_SPOKES_TYPE,
    SHARED_VSWITCH_SHARE_TYPE,
    SHARED_VSWITCH_TENANT_TYPE,
} from "../core/typeTokens";

const PAYER_LOCK = "the payer lock of an Express Connect Router attachment (PayerLock)";
const ROUTE_POLICY = "Cloud Firewall's traffic-redirection policies (TrFirewallRoutePolicy)";
const ACCEPTANCE = "the acceptance of resource share invitations (ResourceShareInvitationAccepter)";

type Args = Record<string, unknown>;
const list = (value: unknown): Args[] => (Array.isArray(value) ? (value as Args[]) : []);
const given = (value: unknown) => value !== undefined && value !== null;

/** The arguments of a component that make it create a dynamic resource, each with what for. */
export function dynamicResourceNeeds(type: string, args: Args): { argument: string; what: string }[] {
    const needs: { argument: string; what: string }[] = [];
    const cen = [CROSS_ACCOUNT_CEN_PEERING_TYPE, ISOLATED_SPOKES_TYPE, CEN_SECURITY_DOMAINS_TYPE].includes(
        type,
    );
    if (cen && list(args.ecrs).length > 0) needs.push({ argument: "ecrs", what: PAYER_LOCK });
    list(args.domains).forEach((domain, i) => {
        if (list(domain.ecrs).length > 0) needs.push({ argument: `domains[${i}].ecrs`, what: PAYER_LOCK });
    });
    const firewalled = type === ISOLATED_SPOKES_TYPE || type === CEN_SECURITY_DOMAINS_TYPE;
    if (firewalled && given(args.firewall)) needs.push({ argument: "firewall", what: ROUTE_POLICY });
    if (type === SHARED_VSWITCH_SHARE_TYPE && args.mode === "any-account" && list(args.tenants).length > 0) {
        needs.push({ argument: "tenants", what: ACCEPTANCE });
    }
    const share = args.share as Args | undefined;
    if (type === SHARED_VSWITCH_TENANT_TYPE && share?.mode === "any-account") {
        needs.push({ argument: "share.mode", what: ACCEPTANCE });
    }
    return needs;
}

/** Whether Pulumi can run dynamic resources for a program in `dir`: @pulumi/pulumi is installed there. */
export function dynamicResourcesRunIn(dir: string): boolean {
    try {
        require.resolve("@pulumi/pulumi/cmd/dynamic-provider", { paths: [dir] });
        return true;
    } catch {
        return false;
    }
}

/** Why a component cannot be constructed for a program in `dir`, one line per argument. */
export function dynamicResourceProblems(type: string, args: Args, dir: string): string[] {
    const needs = dynamicResourceNeeds(type, args);
    if (needs.length === 0 || dynamicResourcesRunIn(dir)) return [];
    return needs.map(
        ({ argument, what }) =>
            `${argument} needs ${what}, a Node.js dynamic resource, which Pulumi runs from the program's directory (${dir}), where @pulumi/pulumi is not installed. Install the package there with npm (npm install alicloud-multi-account-network @pulumi/pulumi @pulumi/alicloud) and add the plugin from node_modules/alicloud-multi-account-network/sdk/plugin, or leave out ${argument}.`,
    );
}
