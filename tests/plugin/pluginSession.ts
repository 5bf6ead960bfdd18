// One plugin and stand-in engine for a suite: the scenarios' program
// registered as another language's program registers it, the plugin started
// from the repository's build, both stopped after the suite.
import { PluginHost, repositoryPluginDir, startPlugin } from "../harness/pluginHost";
import { StandInEngine } from "../harness/standInEngine";
import { Handles } from "./scenarios";
import { registerProgram } from "./wireHandles";

export interface PluginSession {
    readonly engine: StandInEngine;
    readonly plugin: PluginHost;
    readonly handles: Handles;
}

/** Starts the session before the suite's tests and stops it after them; read it inside tests. */
export function pluginSession(): { current: PluginSession } {
    const session = { current: undefined as unknown as PluginSession };
    before(async () => {
        const engine = new StandInEngine();
        await engine.start();
        try {
            const handles = registerProgram(engine);
            session.current = { engine, handles, plugin: await startPlugin(repositoryPluginDir(), engine) };
        } catch (err) {
            engine.stop();
            throw err;
        }
    });
    after(() => {
        session.current?.plugin.stop();
        session.current?.engine.stop();
    });
    return session;
}
