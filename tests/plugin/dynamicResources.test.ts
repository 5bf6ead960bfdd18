// The components' Node.js dynamic resources from another language: Pulumi
// runs them from the program's directory, so they work where the package was
// installed with npm, and a component that needs one refuses, before it
// creates anything, in a program directory without @pulumi/pulumi (a plugin
// added from a release tag only), naming the argument and the way out.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PluginHost, repositoryPluginDir, startPlugin } from "../harness/pluginHost";
import { StandInEngine } from "../harness/standInEngine";
import { Handles, SCENARIOS } from "./scenarios";
import { registerProgram } from "./wireHandles";

const token = (component: string) => `alicloud-multi-account-network:index:${component}`;

describe("the plugin in a program directory without Node.js packages", function () {
    this.timeout(120000);
    let engine: StandInEngine;
    let plugin: PluginHost;
    let handles: Handles;
    let programDir: string;

    before(async () => {
        engine = new StandInEngine();
        await engine.start();
        handles = registerProgram(engine);
        programDir = fs.mkdtempSync(path.join(os.tmpdir(), "python-program-"));
        plugin = await startPlugin(repositoryPluginDir(), engine, process.execPath, programDir);
    });
    after(() => {
        plugin?.stop();
        engine?.stop();
    });

    it("constructs the components that need no dynamic resource", async () => {
        const scenario = SCENARIOS["isolated spokes"];
        const result = await plugin.construct({
            engine,
            type: token(scenario.component),
            name: scenario.name,
            inputs: scenario.args(handles),
        });
        assert.ok(Object.keys(result.state.attachmentIds as object).length === 3);
    });

    it("refuses a share open to any account, which needs the invitation's acceptance, and creates nothing", async () => {
        const scenario = SCENARIOS["shared vswitch with any account"];
        const before = engine.registrations.length;
        await assert.rejects(
            plugin.construct({
                engine,
                type: token(scenario.component),
                name: scenario.name,
                inputs: scenario.args(handles),
            }),
            (err: Error) => {
                assert.ok(
                    err.message.includes(
                        `open-share: cannot be created here:\n  - tenants needs the acceptance of resource share invitations (ResourceShareInvitationAccepter), a Node.js dynamic resource, which Pulumi runs from the program's directory (${fs.realpathSync(programDir)}), where @pulumi/pulumi is not installed. Install the package there with npm (npm install alicloud-multi-account-network @pulumi/pulumi @pulumi/alicloud) and add the plugin from node_modules/alicloud-multi-account-network/sdk/plugin, or leave out tenants.`,
                    ),
                    err.message,
                );
                return true;
            },
        );
        assert.equal(engine.registrations.length, before);
    });

    it("refuses a firewall and an Express Connect Router attachment in a domain, each by its argument", async () => {
        const args = SCENARIOS["security domains"].args(handles);
        const [shared, apps] = args.domains as Record<string, unknown>[];
        const domains = [
            { ...shared, ecrs: [{ name: "dc", provider: handles.provider("data"), ecrId: "ecr-dc" }] },
            apps,
        ];
        const firewall = {
            inspect: [["shared", "apps"]],
            network: {
                vpcCidr: "10.9.0.0/24",
                subnetCidr: "10.9.0.0/26",
                attachmentCidrs: ["10.9.0.64/26", "10.9.0.128/26"],
            },
        };
        await assert.rejects(
            plugin.construct({
                engine,
                type: token("CenSecurityDomains"),
                name: "guarded",
                inputs: { ...args, domains, firewall },
            }),
            /guarded: cannot be created here:\n {2}- domains\[0\]\.ecrs needs the payer lock of an Express Connect Router attachment \(PayerLock\)[^\n]*\n {2}- firewall needs Cloud Firewall's traffic-redirection policies \(TrFirewallRoutePolicy\)/,
        );
    });
});
