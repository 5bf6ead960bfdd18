import { RouteDestinations } from "./values";
import { CenOnPremisesConnectionsArgs } from "./cenOnPremisesArgs";
import { CenOwnerArgs, MultiRegionArgs } from "./cenOwnerArgs";
import { CenVpcArgs } from "./cenVpcArgs";
import { HubFirewallArgs } from "./cloudFirewallArgs";

/**
 * Arguments of {@link IsolatedSpokesWithSharedHub}. On-premises connections
 * (`vbrs`, `vpnConnections`, `ecrs`, in the hub's region) are shared like the
 * hub: every spoke and the hub reach them, and they reach every spoke and the
 * hub.
 */
export interface IsolatedSpokesWithSharedHubArgs
    extends CenOwnerArgs, MultiRegionArgs, CenOnPremisesConnectionsArgs {
    /**
     * The hub VPC of shared services (DNS, CI, bastions), in any account. It
     * reaches every spoke and every spoke reaches it.
     */
    readonly hub: CenVpcArgs;
    /**
     * The spoke VPCs, each with its own account's provider. A spoke reaches
     * the hub and no other spoke. Adding or removing a spoke creates or
     * deletes only that spoke's resources (and, with `hubRouteDestinations`
     * `"peer-cidrs"`, the hub's routes to it).
     */
    readonly spokes: CenVpcArgs[];
    /**
     * What each spoke routes to its attachment: `"peer-cidrs"` (exactly the
     * hub's blocks, and its IPv6 blocks with `ipv6`), `"rfc1918"` (the
     * console's three private summaries), `"none"` (you manage the spokes'
     * routes), or summary blocks, for example one block that covers every
     * shared-services VPC. Summaries must cover the hub's blocks.
     * @default "peer-cidrs"
     */
    readonly spokeRouteDestinations?: RouteDestinations;
    /**
     * What the hub routes to its attachment. `"rfc1918"` (10.0.0.0/8,
     * 172.16.0.0/12 and 192.168.0.0/16, as the console adds them, the CEN cross-account guide)
     * gives the hub three entries however many spokes there are; the hub's
     * table on the transit router knows only the spokes, so private traffic
     * to anything else is dropped there, and a more specific route in the hub
     * (a VPN or VBR route to on-premises) still wins. Every spoke block must
     * lie inside the summaries. `"peer-cidrs"` gives one entry per spoke
     * block instead; entries in one VPC route table are written one after
     * another, so the deployment then lengthens with every spoke. Also
     * `"none"` or a list of summary blocks (for example the supernet the
     * spokes are carved from). With `ipv6`, every mode but a list adds the
     * spokes' exact IPv6 blocks.
     * @default "rfc1918"
     */
    readonly hubRouteDestinations?: RouteDestinations;
    /**
     * Adds BlackHole static routes for every spoke's CIDR blocks to the spoke
     * route table, as Alibaba's landing zone does: defence in depth against a
     * summary route that would cover another spoke. A propagated route more
     * specific than a spoke's block (a vSwitch block) still wins over it, so
     * this does not replace keeping spoke propagations out of the spoke table.
     * With on-premises connections they are always added: an on-premises
     * summary (a default route to the data centre) would otherwise carry one
     * spoke's traffic on-premises and back into another spoke.
     * @default - true with on-premises connections, else false.
     */
    readonly blackHoleSpokeCidrs?: boolean;
    /**
     * Cloud Firewall between the spokes and the hub (one region): every
     * spoke's traffic to and from the hub passes it. See
     * {@link HubFirewallArgs} for the prerequisites. From a program in another language, this needs the package installed with npm in the program's directory: the traffic-redirection policy is a Node.js dynamic resource, which Pulumi runs from there.
     * @default - no firewall: spokes and hub talk directly
     */
    readonly firewall?: HubFirewallArgs;
}

/** The `isolation` output: what the policy pack proves of the network. */
export interface IsolationOutput {
    /** The hub VPC's name. */
    readonly hub: string;
    /** The spoke VPCs' names. */
    readonly spokes: string[];
    /** Whether a firewall inspects the traffic between the spokes and the hub. */
    readonly inspected: boolean;
}
