// The JSON Schema (draft 2020-12) of `alicloud-network-plan --json`, what CI
// pipelines read. The README documents the same fields; a test validates the
// planner's output against this schema.

const nullableString = { type: ["string", "null"] };

const route = {
    type: "object",
    required: ["destination", "nextHop", "type", "used"],
    additionalProperties: false,
    properties: {
        destination: {
            ...nullableString,
            description: "A CIDR block; null while known only after deployment.",
        },
        nextHop: {
            ...nullableString,
            description:
                "Local, BlackHole, or the next hop's attachment id (its name while the id is unknown).",
        },
        nextHopName: { type: "string", description: "The next hop attachment's resource name." },
        type: { enum: ["System", "Custom", "Propagated", "Static", "PrefixList", "Dynamic"] },
        used: {
            type: ["boolean", "null"],
            description:
                "false when another route for the same destination wins; null when routes of equal preference with different next hops conflict (overlapping blocks), and which is used depends on the order the transit router learned them.",
        },
        why: {
            type: "string",
            description:
                "Why the route is used or not, when other routes for the same destination exist (static over propagated, system over custom, a conflict), or a route map acted on it.",
        },
        routeMap: {
            type: "object",
            required: ["name", "direction", "effect"],
            additionalProperties: false,
            description:
                "The CEN route map that denied the route, may deny it (a condition not known or not evaluated), or set its preference. Added in 0.1 after the rest; absent from older documents.",
            properties: {
                name: { type: "string", description: "The route map's resource name." },
                direction: { enum: ["RegionIn", "RegionOut"] },
                effect: { enum: ["denied", "undecided", "preference"] },
                preference: {
                    type: "integer",
                    description: "The preference the map set (smaller is preferred).",
                },
                why: { type: "string", description: "Why the map may deny the route, when undecided." },
            },
        },
    },
};

const endpoint = {
    type: "object",
    required: ["vpc", "name", "ip"],
    additionalProperties: false,
    properties: {
        vpc: {
            type: "string",
            description: "The VPC resource name; for an on-premises endpoint, its attachment's name.",
        },
        name: { type: "string", description: "The ECS instance's or vSwitch's resource name." },
        ip: {
            ...nullableString,
            description:
                "null while the address is known only after deployment, or when it is any address of anyAddressOf.",
        },
        onPremises: {
            type: "string",
            description:
                "For an on-premises endpoint: the name of the connection (VBR, IPsec-VPN connection, ECR) it is reached through; vpc is then its attachment.",
        },
        anyAddressOf: {
            type: "string",
            description:
                "For an instance without a fixed privateIp: the vSwitch block it gets some address of.",
        },
    },
};

const names = { type: "array", items: { type: "string" } };

/** One endpoint pair's verdict, in `pings` and in the diff's reach changes. */
const ping = {
    type: "object",
    required: ["from", "to", "result"],
    additionalProperties: false,
    properties: {
        from: endpoint,
        to: endpoint,
        result: {
            enum: ["yes", "one-way", "no", "undecided"],
            description:
                "yes: it pings both ways; one-way: the request arrives and the reply is dropped (packets cross, so the pair is not isolated); no: no packet arrives; undecided: not known before deployment, or it leaves the modelled network.",
        },
        stoppedAt: { type: "string", description: "Where the ping (or its reply) stopped." },
        reason: { type: "string", description: "Why it stopped there." },
        reply: { const: true, description: "The reply, not the request, stopped." },
        firewall: {
            type: "string",
            description: "The firewall the request passes or stops at, with its verdict.",
        },
        openedBy: {
            type: "array",
            description:
                "For a pair the stack declares isolated whose requests arrive (a leak): the resources that open the path (route entries, propagations, associations), the one to remove among them.",
            items: {
                type: "object",
                required: ["name", "urn"],
                additionalProperties: false,
                properties: { name: { type: "string" }, urn: { type: "string" } },
            },
        },
        isolatedAsIntended: {
            const: true,
            description:
                "The stack declares the pair isolated (IsolatedSpokesWithSharedHub, CenSecurityDomains, a peering's deny, mustNotReach) and no packet arrives.",
        },
    },
};

const RESULTS = ["yes", "one-way", "no", "undecided"];

const pingChange = {
    ...ping,
    required: [...ping.required, "before"],
    properties: {
        ...ping.properties,
        before: { enum: RESULTS, description: "The pair's verdict before the change." },
        pairs: {
            type: "integer",
            minimum: 2,
            description:
                "Between estates compared by group: how many endpoint pairs change alike, of which this pair is the example.",
        },
    },
};

const routeChange = {
    type: "object",
    required: ["table", "destination", "nextHop", "type"],
    additionalProperties: false,
    properties: {
        table: { type: "string", description: "`VPC <name>`, or the transit router table's label." },
        destination: nullableString,
        nextHop: nullableString,
        type: { enum: ["System", "Custom", "Propagated", "Static", "PrefixList", "Dynamic"] },
    },
};

/** The change: against the deployed stack (--state with a program) or an earlier plan (--against). */
const diffSchema = {
    type: "object",
    required: ["against", "resources", "reach", "routes"],
    additionalProperties: false,
    properties: {
        against: {
            type: "object",
            required: ["kind", "files"],
            additionalProperties: false,
            properties: {
                kind: { enum: ["state", "plan"] },
                files: { type: "array", items: { type: "string" } },
            },
        },
        resources: {
            type: "array",
            description:
                "What pulumi up does, by URN: replace when an argument the provider cannot update (ForceNew) or the provider changes. Against an earlier plan, creations and deletions only.",
            items: {
                type: "object",
                required: ["urn", "type", "name", "op", "changed"],
                additionalProperties: false,
                properties: {
                    urn: { type: "string" },
                    type: { type: "string" },
                    name: { type: "string" },
                    op: { enum: ["create", "update", "replace", "delete"] },
                    changed: {
                        type: "array",
                        items: { type: "string" },
                        description: "The arguments that change.",
                    },
                    mayReplace: {
                        const: true,
                        description:
                            "The planner does not know which of the type's arguments replace it: this update may be a replacement.",
                    },
                    interruption: {
                        type: "string",
                        description:
                            "Why traffic stops while the step runs (a replaced or deleted attachment, association, propagation or route on a delivered path), or why the step fails (a replacement the API refuses while the old resource stands).",
                    },
                },
            },
        },
        reach: {
            type: "object",
            required: ["gained", "lost", "undecided"],
            additionalProperties: false,
            properties: {
                gained: {
                    type: "array",
                    items: pingChange,
                    description: "Pairs that deliver more than before.",
                },
                lost: {
                    type: "array",
                    items: pingChange,
                    description: "Pairs that deliver less than before.",
                },
                undecided: {
                    type: "array",
                    items: pingChange,
                    description: "Pairs decided on one side only: what the change does to them is not known.",
                },
            },
        },
        routes: {
            type: "object",
            required: ["added", "removed"],
            additionalProperties: false,
            properties: {
                added: { type: "array", items: routeChange },
                removed: { type: "array", items: routeChange },
            },
        },
    },
};

/** The plan itself (exit status 0 or 1). */
const PLAN_DOCUMENT = {
    type: "object",
    required: ["project", "preview", "resources", "routeTables", "pings", "verdicts", "unmodelled"],
    additionalProperties: false,
    properties: {
        project: {
            type: "string",
            description: "The program's project; `deployed` for a plan of state files.",
        },
        sources: {
            type: "array",
            description:
                "With --state: each state file read, what kind it is and how many resources it holds.",
            items: {
                type: "object",
                required: ["file", "kind", "resources"],
                additionalProperties: false,
                properties: {
                    file: { type: "string" },
                    kind: { enum: ["pulumi", "terraform"] },
                    resources: { type: "integer", minimum: 0 },
                },
            },
        },
        diff: diffSchema,
        pingGroups: {
            type: "object",
            description:
                "Beyond 40 VPCs (or 40,000 endpoint pairs), the ping matrix by group, and `pings` is empty: endpoints the network treats alike are one group, and one walk per ordered pair of groups stands for every pair of their members in different VPCs.",
            required: ["groups", "results"],
            additionalProperties: false,
            properties: {
                groups: {
                    type: "array",
                    items: {
                        type: "object",
                        required: ["id", "members"],
                        additionalProperties: false,
                        properties: { id: { type: "string" }, members: { type: "array", items: endpoint } },
                    },
                },
                results: {
                    type: "array",
                    items: {
                        type: "object",
                        required: ["from", "to", "result", "example"],
                        additionalProperties: false,
                        properties: {
                            from: { type: "string", description: "A group's id." },
                            to: { type: "string" },
                            result: { enum: RESULTS },
                            stoppedAt: { type: "string" },
                            reason: { type: "string", description: "Why the example pair stopped there." },
                            reply: { const: true },
                            example: {
                                type: "object",
                                required: ["from", "to"],
                                additionalProperties: false,
                                description: "The pair that was walked (--explain prints its path).",
                                properties: { from: endpoint, to: endpoint },
                            },
                        },
                    },
                },
            },
        },
        unread: {
            type: "array",
            items: { type: "string" },
            description:
                "With --state: what the plan could not read, each naming where: secrets it cannot decrypt (unknown to the plan), resource types it does not read.",
        },
        preview: {
            type: "boolean",
            description: "true with --preview: ids of resources to create are unknown.",
        },
        resources: {
            type: "array",
            items: {
                type: "object",
                required: ["urn", "type", "name", "account", "provider", "parent"],
                additionalProperties: false,
                properties: {
                    urn: { type: "string" },
                    type: { type: "string" },
                    name: { type: "string" },
                    account: { ...nullableString, description: "The account its explicit provider acts as." },
                    provider: { ...nullableString, description: "The explicit provider's resource name." },
                    parent: { ...nullableString, description: "The parent's URN." },
                },
            },
        },
        routeTables: {
            type: "object",
            required: ["vpc", "transitRouter"],
            additionalProperties: false,
            properties: {
                vpc: {
                    type: "array",
                    items: {
                        type: "object",
                        required: ["vpc", "routeTableId", "routes"],
                        additionalProperties: false,
                        properties: {
                            vpc: { type: "string" },
                            routeTableId: nullableString,
                            routes: { type: "array", items: route },
                        },
                    },
                },
                transitRouter: {
                    type: "array",
                    items: {
                        type: "object",
                        required: ["table", "routeTableId", "associated", "propagating", "routes"],
                        additionalProperties: false,
                        properties: {
                            table: { type: "string", description: "The table's name or description." },
                            routeTableId: nullableString,
                            associated: {
                                ...names,
                                description: "Attachments whose traffic this table forwards.",
                            },
                            propagating: {
                                ...names,
                                description: "Attachments that propagate routes into it.",
                            },
                            routes: { type: "array", items: route },
                        },
                    },
                },
            },
        },
        pings: {
            type: "array",
            items: ping,
        },
        privateLink: {
            type: "array",
            description:
                "Each PrivateLink endpoint, consumer -> service (one way): whether the consumer VPC's clients reach the service, on which TCP ports, and why. Added in 0.1 after the rest; absent from older documents.",
            items: {
                type: "object",
                required: [
                    "endpoint",
                    "consumerVpc",
                    "consumerAccount",
                    "service",
                    "serviceAccount",
                    "result",
                    "ports",
                    "why",
                ],
                additionalProperties: false,
                properties: {
                    endpoint: { type: "string", description: "The endpoint resource's name." },
                    consumerVpc: { type: "string" },
                    consumerAccount: { type: "string" },
                    service: {
                        type: "string",
                        description: "The endpoint service resource's name, or its id.",
                    },
                    serviceAccount: { type: "string" },
                    result: { enum: ["yes", "no", "undecided"] },
                    ports: { type: "array", items: { type: "integer" } },
                    why: { type: "string" },
                },
            },
        },
        unmodelled: {
            type: "array",
            description:
                "Resources that change forwarding or filtering which the model does not follow (route maps or prefix lists it cannot place, VPC firewalls, network ACLs bound to what the stack does not hold, NAT, custom VPC route tables): pings through them may differ.",
            items: {
                type: "object",
                required: ["type", "description", "resources"],
                additionalProperties: false,
                properties: {
                    type: { type: "string" },
                    description: { type: "string" },
                    resources: { type: "array", items: { type: "string" } },
                },
            },
        },
        verdicts: {
            type: "array",
            items: {
                type: "object",
                required: ["policy", "level", "message", "urn"],
                additionalProperties: false,
                properties: {
                    policy: { type: "string" },
                    level: { enum: ["advisory", "mandatory", "disabled", "remediate"] },
                    message: { type: "string" },
                    urn: { type: "string" },
                },
            },
        },
    },
};

/** Why there is no plan (exit status 2). */
const ERROR_DOCUMENT = {
    type: "object",
    required: ["error"],
    additionalProperties: false,
    properties: {
        error: {
            type: "object",
            required: ["kind", "message", "problems"],
            additionalProperties: false,
            properties: {
                kind: {
                    enum: ["program", "arguments", "config", "usage", "state"],
                    description:
                        "usage: the command line; config: the stack's or the policy pack's configuration (a missing or unreadable value, a policy or setting the pack does not have); arguments: a component refused its arguments before creating anything; program: the program failed otherwise; state: a file given with --state cannot be read (not JSON, of another version or another cloud, truncated).",
                },
                message: {
                    type: "string",
                    description: "The whole message, as the text plan prints it on stderr.",
                },
                problems: {
                    type: "array",
                    items: { type: "string" },
                    description:
                        "Each problem on its own; for arguments, one per refused argument, prefixed with the component's name.",
                },
            },
        },
    },
};

export const PLAN_SCHEMA = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "alicloud-network-plan --json",
    description:
        "One document on stdout: the plan (exit status 0: no mandatory violation; 1: some), or, with exit status 2, the error that left no plan.",
    oneOf: [PLAN_DOCUMENT, ERROR_DOCUMENT],
} as const;
