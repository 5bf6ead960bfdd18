// The package's components served over Pulumi's provider protocol, for
// programs in every language (`pulumi package add`): GetSchema answers the
// schema the package ships, Construct builds a component as a TypeScript
// program would, from the inputs read by that schema.
import * as pulumi from "@pulumi/pulumi";
import { CenSecurityDomains } from "../components/cenSecurityDomains";
import { CrossAccountCenPeering } from "../components/crossAccountCenPeering";
import { CrossAccountExpressConnectRouter } from "../components/crossAccountExpressConnectRouter";
import { CrossAccountPrivateLink } from "../components/crossAccountPrivateLink";
import { IsolatedSpokesWithSharedHub } from "../components/isolatedSpokesWithSharedHub";
import { SharedVSwitchShare } from "../components/sharedVSwitchShare";
import { SharedVSwitchTenant } from "../components/sharedVSwitchTenant";
import { CrossAccountCenBasicEdition } from "../components/crossAccountCenBasicEdition";
import {
    CEN_SECURITY_DOMAINS_TYPE,
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    CROSS_ACCOUNT_ECR_TYPE,
    CROSS_ACCOUNT_PRIVATELINK_TYPE,
    ISOLATED_SPOKES_TYPE,
    SHARED_VSWITCH_SHARE_TYPE,
    SHARED_VSWITCH_TENANT_TYPE,
    CROSS_ACCOUNT_CEN_BASIC_TYPE,
} from "../core/typeTokens";
import { componentArgs, ConstructInputError } from "./componentArgs";
import { dynamicResourceProblems } from "./dynamicResources";
import { inProgramWords, programRuntime, schemaPropertyNames } from "./languageNames";
import { componentState } from "./componentState";
import { loadSchema, PackageSpec } from "./schemaSpec";

type ComponentClass = new (
    name: string,
    args: never,
    opts?: pulumi.ComponentResourceOptions,
) => pulumi.ComponentResource;

/** Each component the plugin constructs, by type token. */
const COMPONENTS: Readonly<Record<string, ComponentClass>> = {
    [CROSS_ACCOUNT_CEN_PEERING_TYPE]: CrossAccountCenPeering,
    [ISOLATED_SPOKES_TYPE]: IsolatedSpokesWithSharedHub,
    [CEN_SECURITY_DOMAINS_TYPE]: CenSecurityDomains,
    [CROSS_ACCOUNT_ECR_TYPE]: CrossAccountExpressConnectRouter,
    [CROSS_ACCOUNT_PRIVATELINK_TYPE]: CrossAccountPrivateLink,
    [SHARED_VSWITCH_SHARE_TYPE]: SharedVSwitchShare,
    [SHARED_VSWITCH_TENANT_TYPE]: SharedVSwitchTenant,
    [CROSS_ACCOUNT_CEN_BASIC_TYPE]: CrossAccountCenBasicEdition,
};

export class ComponentsProvider implements pulumi.provider.Provider {
    public readonly version: string;
    private readonly schemaText: string;
    private readonly spec: PackageSpec;

    /** The calling program's runtime: the plugin runs in its directory. */
    private readonly runtime = programRuntime(process.cwd());
    private readonly names: ReadonlySet<string>;

    constructor(schema = loadSchema()) {
        this.schemaText = schema.text;
        this.spec = schema.spec;
        this.version = schema.spec.version;
        this.names = schemaPropertyNames(schema.spec);
    }

    async getSchema(): Promise<string> {
        return this.schemaText;
    }

    async construct(
        name: string,
        type: string,
        inputs: pulumi.Inputs,
        options: pulumi.ComponentResourceOptions,
    ): Promise<pulumi.provider.ConstructResult> {
        const component = COMPONENTS[type];
        const resource = this.spec.resources[type];
        if (!component || !resource) {
            throw new Error(
                `unknown component type ${type}; this plugin constructs ${Object.keys(COMPONENTS).join(", ")}`,
            );
        }
        try {
            const args = await componentArgs(name, this.spec, resource, inputs);
            const problems = dynamicResourceProblems(type, args, process.cwd());
            if (problems.length > 0) {
                throw new ConstructInputError(
                    `${name}: cannot be created here:\n  - ${problems.join("\n  - ")}`,
                );
            }
            const instance = new component(name, args as never, options);
            return {
                urn: instance.urn,
                state: componentState(this.spec, resource, instance as unknown as Record<string, unknown>),
            };
        } catch (err) {
            // The arguments named as the calling program wrote them.
            if (err instanceof Error) err.message = inProgramWords(err.message, this.runtime, this.names);
            throw err;
        }
    }
}
